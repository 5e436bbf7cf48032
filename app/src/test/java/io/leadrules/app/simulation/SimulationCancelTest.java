package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobScheduler;
import io.leadrules.app.jobs.JobStopped;
import io.leadrules.app.jobs.JobStops;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Cancelling simulations over HTTP, on the real lane, store and comparison. Latches hold a simulation where the test
 * needs it (running, between two pages; or queued behind another), so what is asserted never depends on timing.
 */
@FullServiceTest
class SimulationCancelTest {

    static final long PATIENCE = 60;

    @LocalServerPort
    int port;
    @Autowired
    SimulationStore store;
    @Autowired
    @Qualifier(SimulationLane.NAME)
    JobLane lane;
    @Autowired
    LeadStore leads;
    @Autowired
    LeadComparison comparison;
    @Autowired
    RuleSetHistory history;
    @Autowired
    JobScheduler scheduler;
    @Autowired
    Clock clock;

    Http http;
    String tag;

    @BeforeEach
    void client() {
        http = new Http(port);
        tag = "CNL" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @Test
    void aRunningSimulationCancelledThroughAnyInstanceEndsAfterThePageItIsOnWithoutAReport() throws Exception {
        List<UUID> mine = List.of(storedLead(), storedLead()).stream().sorted().toList();
        PausingComparison pausing = new PausingComparison(comparison);
        SimulationRun onePerPage = new SimulationRun(new SimulationRunTest.PagedCandidates(mine), leads, pausing,
                history, store, new SimulationSettings(1), clock);
        Simulation job = queued();
        assertThat(store.start(job.id())).isTrue();
        Thread running = new Thread(() -> {
            try {
                onePerPage.run(job.id(), JobStops.watching(store, job.id()));
            } catch (JobStopped stopped) {
                // the cancel, read from the row: what the lane logs
            }
        });
        running.start();
        pausing.awaitFirstLead();

        JsonNode answer = http.post(cancel(job.id())).json(200);
        pausing.resume();
        running.join(TimeUnit.SECONDS.toMillis(PATIENCE));

        assertThat(answer.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(answer.get("finishedAt").asString()).isEqualTo(clock.instant().toString());
        assertThat(answer.get("message").asString()).isEqualTo("Cancelled by admin.");
        JsonNode after = http.get("/api/v1/simulations/" + job.id()).json(200);
        assertThat(after.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(List.of(after.get("processed").asInt(), after.get("total").asInt())).containsExactly(1, 2);
        assertThat(after.get("report").isNull()).as("a cancelled simulation has no report").isTrue();
        assertThat(pausing.visited).as("the second page was never read").containsExactly(mine.get(0));
    }

    @Test
    void aQueuedSimulationCancelledNeverStarts() {
        storedLead();
        Simulation job = queued();

        JsonNode answer = http.post(cancel(job.id())).json(200);
        lane.submit(job.id());
        Instant deadline = Instant.now().plusSeconds(PATIENCE);
        while (scheduler.exists(lane.execution(job.id()))) {
            assertThat(Instant.now()).as("the simulation's execution ended").isBefore(deadline);
            Thread.onSpinWait();
        }

        assertThat(answer.get("state").asString()).isEqualTo("CANCELLED");
        JsonNode after = http.get("/api/v1/simulations/" + job.id()).json(200);
        assertThat(after.get("state").asString()).isEqualTo("CANCELLED");
        assertThat(List.of(after.get("processed").asInt(), after.get("total").asInt()))
                .as("never started: its leads were never even counted").containsExactly(0, 0);
    }

    @Test
    void cancellingAFinishedSimulationIsAConflictNamingItsStateAndChangesNothing() {
        Simulation job = queued();
        store.failed(job.id(), clock.instant(), "The simulation stopped: a test");

        JsonNode problem = http.post(cancel(job.id())).problem(409, "/problems/job-already-finished");

        assertThat(problem.get("title").asString()).isEqualTo("The job has already finished");
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("state").asString()).isEqualTo("FAILED");
        assertThat(problem.get("jobId").asString()).isEqualTo(job.id().toString());
        Simulation after = store.find(job.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(JobState.FAILED);
        assertThat(after.message()).isEqualTo("The simulation stopped: a test");
    }

    @Test
    void aRunEndingAfterTheCancelLeavesItCancelledWithoutAReportAndACancelAfterTheEndChangesNothing() {
        Simulation cancelled = queued();
        assertThat(store.start(cancelled.id())).isTrue();
        assertThat(store.cancel(cancelled.id(), clock.instant(), "Cancelled by ana.")).isTrue();
        Simulation failed = queued();
        assertThat(store.failed(failed.id(), clock.instant(), "The simulation stopped: a test")).isTrue();

        assertThat(store.done(cancelled.id(), clock.instant(), new ImpactTally().report())).isFalse();
        assertThat(store.failed(cancelled.id(), clock.instant(), "The simulation stopped")).isFalse();
        assertThat(store.cancel(failed.id(), clock.instant(), "Cancelled by ana.")).isFalse();

        Simulation after = store.find(cancelled.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(JobState.CANCELLED);
        assertThat(after.report()).isNull();
        assertThat(after.message()).isEqualTo("Cancelled by ana.");
        assertThat(store.find(failed.id()).orElseThrow().state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void cancellingAnUnknownSimulationIsNotFound() {
        http.post(cancel(UUID.randomUUID())).problem(404, "/problems/simulation-not-found");
        http.post("/api/v1/simulations/not-a-uuid/cancel").problem(404, "/problems/simulation-not-found");
    }

    private static String cancel(Object id) {
        return "/api/v1/simulations/" + id + "/cancel";
    }

    /** A simulation of version 1 against itself stored QUEUED, for the test to submit to the lane itself. */
    private Simulation queued() {
        Instant now = clock.instant();
        Simulation job = Simulation.queued(UUID.randomUUID(), "1", "1", now, LeadFilter.ALL, now);
        store.insert(job, job.id().toString());
        return job;
    }

    private UUID storedLead() {
        String name = UUID.randomUUID().toString().substring(0, 8);
        JsonNode lead = http.post("/api/v1/leads", """
                {"lead": {"externalId": "cancel-%1$s", "firstName": "Ana", "email": "ana.%1$s@acme-soft.com",
                          "company": "Acme Soft %1$s", "jobTitle": "Marketing Director", "industry": "SOFTWARE",
                          "companySize": 250, "country": "ES", "source": "%2$s",
                          "consent": {"dataProcessing": true}},
                 "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}"""
                .formatted(name, tag)).json(201);
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

    /** The real comparison, which holds the run after its first page until the test resumes it. */
    static final class PausingComparison extends LeadComparison {

        final List<UUID> visited = new CopyOnWriteArrayList<>();
        private final LeadComparison real;
        private final CountDownLatch firstDone = new CountDownLatch(1);
        private final CountDownLatch resumed = new CountDownLatch(1);

        PausingComparison(LeadComparison real) {
            super(null, null, null);
            this.real = real;
        }

        @Override
        int compareAll(List<StoredLead> page, Instant asOf, CompiledRuleSet baseline, CompiledRuleSet draft,
                       ImpactTally tally) {
            int compared = real.compareAll(page, asOf, baseline, draft, tally);
            page.forEach(lead -> visited.add(lead.id()));
            firstDone.countDown();
            SimulationCancelTest.await(resumed);
            return compared;
        }

        void awaitFirstLead() {
            SimulationCancelTest.await(firstDone);
        }

        void resume() {
            resumed.countDown();
        }
    }
}
