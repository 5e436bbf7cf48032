package io.leadrules.app.rescoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobScheduler;
import io.leadrules.app.jobs.JobStops;
import io.leadrules.app.jobs.JobState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Cancelling rescoring jobs over HTTP, on the real lane, store and rescoring. The test runs a job's pages itself, as
 * an instance of the cluster would, so what is asserted never depends on timing: a page run after the cancel, whatever
 * instance runs it, reads the CANCELLED row and does nothing.
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
    RescoringPages pages;
    @Autowired
    RescoringPageRun pageRun;
    @Autowired
    JobScheduler scheduler;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aRunningJobCancelledThroughAnyInstanceDoesNoMorePageKeepingTheProgressItHad() {
        List<UUID> leads = List.of(storedLead(), storedLead()).stream().sorted().toList();
        RescoringJob job = queued();
        assertThat(store.start(job.id())).isTrue();
        new RescoringRun(new RescoringRunTest.PagedCandidates(leads), store, pages, pageRun,
                mock(JobScheduler.class), transactions, new RescoringSettings(false, null, 1), clock)
                .run(job.id(), JobStops.fresh());
        pageRun.run(job.id(), 0);
        int processed = store.find(job.id()).orElseThrow().processed();

        JsonNode answer = api.ok(api.post(cancel(job.id())));
        pageRun.run(job.id(), 1);

        assertThat(answer.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(answer.get("finishedAt").asString()).isEqualTo(clock.instant().toString());
        assertThat(answer.get("message").asString()).isEqualTo("Cancelled by admin.");
        JsonNode after = api.ok(api.get("/api/v1/rescoring-jobs/" + job.id()));
        assertThat(after.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(processed).as("the first page was rescored").isPositive();
        assertThat(List.of(after.get("processed").asInt(), after.get("total").asInt()))
                .containsExactly(processed, 2);
        assertThat(pages.undone(job.id())).as("the second page was never done").extracting(RescoringPages.Page::number)
                .containsExactly(1);
    }

    @Test
    void aQueuedJobCancelledNeverStartsAndCancellingItAgainIsAConflict() {
        RescoringJob job = queued();

        JsonNode answer = api.ok(api.post(cancel(job.id())));
        lane.submit(job.id());
        awaitExecutionGone(job.id());

        assertThat(answer.get("state").asString()).isEqualTo("CANCELLED");
        RescoringJob after = store.find(job.id()).orElseThrow();
        assertThat(List.of(after.state(), after.total())).as("never started: not even counted")
                .containsExactly(JobState.CANCELLED, 0);
        assertThat(pages.planned(job.id())).isFalse();
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

    /** Waits until no instance holds the job's execution any more: it ran, or found nothing to do. */
    private void awaitExecutionGone(UUID id) {
        Instant deadline = Instant.now().plusSeconds(PATIENCE);
        while (scheduler.exists(lane.execution(id))) {
            assertThat(Instant.now()).as("the job's execution ended").isBefore(deadline);
            Thread.onSpinWait();
        }
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
}
