package io.leadrules.app.rescoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Cancelling rescoring jobs over HTTP, on the real lane, store and rescoring. Latches hold a job where the test needs
 * it (running, between two pages; or queued behind another), so what is asserted never depends on timing.
 */
@FullServiceTest
class RescoringCancelTest {

    static final long PATIENCE = 60;

    @LocalServerPort
    int port;
    @Autowired
    RescoringJobStore store;
    @Autowired
    @Qualifier(RescoringLane.NAME)
    JobLane lane;
    @Autowired
    RescoringRun run;
    @Autowired
    PageRescoring rescoring;
    @Autowired
    Clock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aRunningJobCancelledEndsCancelledAfterThePageItIsOnWithTheProgressItHad() throws InterruptedException {
        List<UUID> leads = List.of(storedLead(), storedLead()).stream().sorted().toList();
        PausingRescoring pausing = new PausingRescoring(rescoring);
        RescoringRun onePerPage = new RescoringRun(new RescoringRunTest.PagedCandidates(leads), pausing, store,
                new RescoringSettings(false, null, 1), clock);
        RescoringJob job = queued();
        lane.submit(job.id(), stop -> onePerPage.run(job, stop));
        pausing.awaitFirstLead();

        JsonNode answer = api.ok(api.post(cancel(job.id())));

        assertThat(answer.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(answer.get("finishedAt").asString()).isEqualTo(clock.instant().toString());
        assertThat(answer.get("message").asString()).isEqualTo("Cancelled by admin.");
        pausing.resume();
        awaitLaneDrained();
        JsonNode after = api.ok(api.get("/api/v1/rescoring-jobs/" + job.id()));
        assertThat(after.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(List.of(after.get("processed").asInt(), after.get("total").asInt())).containsExactly(1, 2);
        assertThat(pausing.visited).as("the second page was never read").containsExactly(leads.get(0));
    }

    @Test
    void aQueuedJobCancelledNeverStartsAndCancellingItAgainIsAConflict() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        RescoringJob blocker = queued();
        CountDownLatch blocking = new CountDownLatch(1);
        lane.submit(blocker.id(), stop -> {
            blocking.countDown();
            await(release);
            store.finished(blocker.id(), JobState.DONE, clock.instant(), null);
        });
        await(blocking);
        RescoringJob job = queued();
        AtomicBoolean started = new AtomicBoolean();
        lane.submit(job.id(), stop -> {
            started.set(true);
            run.run(job, stop);
        });

        JsonNode answer = api.ok(api.post(cancel(job.id())));
        release.countDown();
        awaitLaneDrained();

        assertThat(answer.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(started).as("the cancelled job's run never started").isFalse();
        JsonNode again = api.problem(api.post(cancel(job.id())), 409, "/problems/job-already-finished");
        assertThat(again.get("state").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void cancellingAFinishedJobIsAConflictNamingItsStateAndChangesNothing() {
        RescoringJob job = queued();
        store.finished(job.id(), JobState.DONE, clock.instant(), null);

        JsonNode problem = api.problem(api.post(cancel(job.id())), 409, "/problems/job-already-finished");

        assertThat(problem.get("title").asString()).isEqualTo("The job has already finished");
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("state").asString()).isEqualTo("DONE");
        assertThat(problem.get("jobId").asString()).isEqualTo(job.id().toString());
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void aRunEndingAfterTheCancelLeavesTheJobCancelledAndACancelAfterTheEndChangesNothing() {
        RescoringJob cancelled = queued();
        assertThat(store.start(cancelled.id())).isTrue();
        assertThat(store.cancel(cancelled.id(), clock.instant(), "Cancelled by ana.")).isTrue();
        RescoringJob done = queued();
        assertThat(store.start(done.id())).isTrue();
        assertThat(store.finished(done.id(), JobState.DONE, clock.instant(), null)).isTrue();

        assertThat(store.finished(cancelled.id(), JobState.DONE, clock.instant(), null)).isFalse();
        assertThat(store.finished(cancelled.id(), JobState.FAILED, clock.instant(), "The job stopped")).isFalse();
        assertThat(store.start(cancelled.id())).isFalse();
        assertThat(store.cancel(done.id(), clock.instant(), "Cancelled by ana.")).isFalse();

        assertThat(store.find(cancelled.id()).orElseThrow().message()).isEqualTo("Cancelled by ana.");
        assertThat(List.of(store.find(cancelled.id()).orElseThrow().state(), store.find(done.id()).orElseThrow()
                .state())).containsExactly(JobState.CANCELLED, JobState.DONE);
    }

    @Test
    void cancellingAnUnknownJobIsNotFound() {
        api.problem(api.post(cancel(UUID.randomUUID())), 404, "/problems/rescoring-job-not-found");
        api.problem(api.post("/api/v1/rescoring-jobs/not-a-uuid/cancel"), 404, "/problems/rescoring-job-not-found");
    }

    private static String cancel(UUID id) {
        return "/api/v1/rescoring-jobs/" + id + "/cancel";
    }

    /** A job stored QUEUED, as starting one stores it, for the test to submit to the lane itself. */
    private RescoringJob queued() {
        RescoringJob job = RescoringJob.queued(UUID.randomUUID(), clock.instant());
        store.insert(job);
        return job;
    }

    /** Submits a last job and waits for it: the lane runs its jobs one at a time, in order. */
    private void awaitLaneDrained() throws InterruptedException {
        RescoringJob last = queued();
        CountDownLatch ran = new CountDownLatch(1);
        lane.submit(last.id(), stop -> {
            store.finished(last.id(), JobState.DONE, clock.instant(), null);
            ran.countDown();
        });
        assertThat(ran.await(PATIENCE, TimeUnit.SECONDS)).as("the lane ran its last job").isTrue();
    }

    private UUID storedLead() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode lead = api.expect(201, api.postJson("/api/v1/leads", """
                {"lead": {"externalId": "cancel-%1$s", "firstName": "Ana", "email": "ana.%1$s@acme-soft.com",
                          "company": "Acme Soft %1$s", "jobTitle": "Marketing Director", "industry": "SOFTWARE",
                          "companySize": 250, "country": "ES", "consent": {"dataProcessing": true}},
                 "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}"""
                .formatted(tag)));
        return UUID.fromString(lead.get("id").asString());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The real rescoring, which holds the run after its first page until the test resumes it. */
    static final class PausingRescoring extends PageRescoring {

        final List<UUID> visited = new CopyOnWriteArrayList<>();
        private final PageRescoring real;
        private final CountDownLatch firstDone = new CountDownLatch(1);
        private final CountDownLatch resumed = new CountDownLatch(1);

        PausingRescoring(PageRescoring real) {
            super(null, null, null, null, null, null, null);
            this.real = real;
        }

        @Override
        Map<UUID, LeadRescoring.Outcome> rescore(List<UUID> page, Instant asOf) {
            Map<UUID, LeadRescoring.Outcome> outcome = real.rescore(page, asOf);
            visited.addAll(page);
            firstDone.countDown();
            RescoringCancelTest.await(resumed);
            return outcome;
        }

        void awaitFirstLead() {
            RescoringCancelTest.await(firstDone);
        }

        void resume() {
            resumed.countDown();
        }
    }
}
