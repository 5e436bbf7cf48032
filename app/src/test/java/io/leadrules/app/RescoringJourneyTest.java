package io.leadrules.app;

import static io.leadrules.app.StoredLeadFixture.activity;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.jobs.JobLane;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Rescoring jobs over HTTP. Each test starts from an empty database (a job visits every lead, so leads of other
 * tests would blur the counts); JUnit runs the test classes one after another. The database is this class's own:
 * emptying the full-service tests' shared one deleted decisions its audit trail had recorded, and the chain there then
 * said "a decision recorded in the audit trail but deleted" (ADR 0039).
 */
@SpringBootTest(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:rescoring-journey-test;DB_CLOSE_DELAY=-1")
@Import(ScoringJourneyTest.FixedClock.class)
class RescoringJourneyTest {

    static final Instant NOW = ScoringJourneyTest.NOW;
    /** Long enough for a few leads on the slowest machine; the test fails only if a job never finishes. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    StoredLeadFixture fixture;

    @BeforeEach
    void emptyDatabase() {
        api = new ApiClient(port);
        fixture = new StoredLeadFixture(context);
        for (String table : List.of("decisions", "activities", "leads", "rescoring_jobs")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @Test
    void aJobWritesDecisionsOnlyForLeadsWhoseResultChangedAndCountsStageOrTemperatureChanges() {
        UUID current = decidedLead(NOW, activity("demo", "DEMO_REQUESTED", NOW.minus(Duration.ofDays(2))));
        UUID cooled = decidedLead(NOW.minus(Duration.ofDays(20)),
                activity("demo", "DEMO_REQUESTED", NOW.minus(Duration.ofDays(35))));
        UUID aged = decidedLead(NOW.minus(Duration.ofDays(1)),
                activity("webinar", "WEBINAR_ATTENDED", NOW.minus(Duration.ofDays(5))));
        UUID neverDecided = fixture.create(StoredLeadFixture.idealPersona(null, null), StoredLeadFixture.CONSENTED,
                NOW.minus(Duration.ofDays(3)), List.of());
        UUID broken = decidedLead(NOW, activity("demo", "DEMO_REQUESTED", NOW.minus(Duration.ofDays(2))));
        jdbc.sql("UPDATE decisions SET result = 'not json' WHERE lead_id = :id").param("id", broken).update();
        UUID erased = decidedLead(NOW.minus(Duration.ofDays(20)),
                activity("demo", "DEMO_REQUESTED", NOW.minus(Duration.ofDays(25))));
        assertThat(api.delete("/api/v1/leads/" + erased).statusCode()).isEqualTo(204);
        Map<UUID, String> before = Map.of(cooled, stageAndTemperature(cooled), aged, stageAndTemperature(aged));

        JsonNode done = runToTheEnd(start());

        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("total").asInt()).isEqualTo(5);
        assertThat(done.get("processed").asInt()).isEqualTo(5);
        assertThat(done.get("changed").asInt()).isEqualTo(2);
        assertThat(done.get("failures").asInt()).isEqualTo(1);
        assertThat(decisionCounts(current, cooled, aged, neverDecided, broken, erased))
                .containsExactly(1, 2, 2, 1, 1, 1);
        assertThat(before.get(cooled)).isEqualTo("SQL/WARM");
        assertThat(stageAndTemperature(cooled)).isEqualTo("MQL/WARM");
        assertThat(stageAndTemperature(aged)).isEqualTo(before.get(aged));
        assertThat(latestAsOf(cooled)).isEqualTo(NOW);
        assertThat(latestAsOf(neverDecided)).isEqualTo(NOW);
    }

    @Test
    void aJobIsAcceptedWithItsLocationAndQueued() {
        decidedLead(NOW, activity("demo", "DEMO_REQUESTED", NOW.minus(Duration.ofDays(2))));

        HttpResponse<String> response = api.post("/api/v1/rescoring-jobs");

        JsonNode job = api.expect(202, response);
        assertThat(List.copyOf(job.propertyNames()).subList(0, 6))
                .containsExactly("id", "state", "processed", "total", "changed", "failures");
        assertThat(job.get("state").asString()).isEqualTo("QUEUED");
        assertThat(job.get("asOf").asString()).isEqualTo(NOW.toString());
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/rescoring-jobs/" + job.get("id").asString());
        assertThat(runToTheEnd(job).get("processed").asInt()).isEqualTo(1);
    }

    @Test
    void startingAJobWhileOneIsRunningAnswersTheRunningOne() {
        UUID running = UUID.randomUUID();
        insertJob(running, "RUNNING");

        JsonNode answer = api.expect(202, api.post("/api/v1/rescoring-jobs"));

        assertThat(answer.get("id").asString()).isEqualTo(running.toString());
        assertThat(answer.get("state").asString()).isEqualTo("RUNNING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rescoring_jobs").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aJobLeftRunningByAStoppedServiceIsFailedAtStartup() {
        UUID interrupted = UUID.randomUUID();
        insertJob(interrupted, "RUNNING");

        context.getBean("rescoringJobLane", JobLane.class).afterSingletonsInstantiated();

        JsonNode job = api.ok(api.get("/api/v1/rescoring-jobs/" + interrupted));
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("message").asString()).contains("Interrupted");
        assertThat(job.get("finishedAt").asString()).isEqualTo(NOW.toString());
    }

    @Test
    void anUnknownJobIsNotFound() {
        api.problem(api.get("/api/v1/rescoring-jobs/" + UUID.randomUUID()), 404,
                "/problems/rescoring-job-not-found");
        api.problem(api.get("/api/v1/rescoring-jobs/not-a-uuid"), 404, "/problems/rescoring-job-not-found");
    }

    private JsonNode start() {
        return api.expect(202, api.post("/api/v1/rescoring-jobs"));
    }

    private JsonNode runToTheEnd(JsonNode job) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode seen = job;
        while (Instant.now().isBefore(deadline)) {
            seen = api.ok(api.get("/api/v1/rescoring-jobs/" + job.get("id").asString()));
            if (List.of("DONE", "FAILED", "CANCELLED").contains(seen.get("state").asString())) {
                return seen;
            }
            sleep();
        }
        throw new AssertionError("The job did not finish within " + PATIENCE + ": " + seen);
    }

    /** An ideal persona with one activity, decided as of the instant (by the service clock, now). */
    private UUID decidedLead(Instant asOf, StoredLeadFixture.Activity done) {
        UUID lead = fixture.create(StoredLeadFixture.idealPersona(null, null), StoredLeadFixture.CONSENTED,
                asOf.minus(Duration.ofDays(40)), List.of(done));
        fixture.decide(lead, asOf);
        return lead;
    }

    private void insertJob(UUID id, String state) {
        jdbc.sql("INSERT INTO rescoring_jobs (id, state, processed, total, changed, failures, as_of, created_at)"
                        + " VALUES (:id, :state, 0, 10, 0, 0, :at, :at)")
                .param("id", id).param("state", state).param("at", Timestamp.from(NOW.minusSeconds(60))).update();
    }

    private String stageAndTemperature(UUID lead) {
        return jdbc.sql("SELECT stage || '/' || temperature FROM leads WHERE id = :id").param("id", lead)
                .query(String.class).single();
    }

    private Instant latestAsOf(UUID lead) {
        return jdbc.sql("SELECT as_of FROM decisions WHERE lead_id = :id ORDER BY sequence_number DESC LIMIT 1")
                .param("id", lead).query(Instant.class).single();
    }

    private List<Integer> decisionCounts(UUID... leads) {
        return Arrays.stream(leads).map(lead -> jdbc.sql("SELECT COUNT(*) FROM decisions WHERE lead_id = :id")
                .param("id", lead).query(Integer.class).single()).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
