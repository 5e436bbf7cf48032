package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.simulation.Http.Answer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Impact simulations over HTTP with the real rules, against version 1 (the shipped, live version) itself: nothing may
 * change. Leads are stored through the API with a source of their own, so the filter picks exactly this test's leads
 * from the shared database. (What a draft that differs reports is in {@link DraftImpactTest}.)
 */
@FullServiceTest
class SimulationJourneyTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    /** Long enough for a few leads on the slowest machine; the test fails only if a simulation never finishes. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier(SimulationLane.NAME)
    JobLane lane;

    Http http;
    String tag;

    @BeforeEach
    void client() {
        http = new Http(port);
        tag = "SIM" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @Test
    void theLiveVersionAgainstItselfChangesNothingAndWritesNoDecision() {
        List<String> mine = List.of(store("ana", "Marketing Director", true, tag),
                store("liam", "Student", true, tag), store("noconsent", "Marketing Director", false, tag));
        store("other", "Marketing Director", true, tag + "-OTHER");
        List<Integer> decisionsBefore = mine.stream().map(this::decisionCount).toList();

        Answer started = http.post("/api/v1/rulesets/1/simulation",
                "{\"filter\": {\"sources\": [\"" + tag.toLowerCase() + "\"]}}");

        JsonNode job = started.json(202);
        assertThat(started.location()).isEqualTo("/api/v1/simulations/" + job.get("id").asString());
        assertThat(List.copyOf(job.propertyNames())).startsWith("id", "rulesetVersion", "baselineVersion", "state",
                "processed", "total", "failures", "asOf");
        assertThat(job.get("state").asString()).isEqualTo("QUEUED");
        assertThat(job.get("rulesetVersion").asString()).isEqualTo("1");
        assertThat(job.get("baselineVersion").asString()).isEqualTo("1");
        assertThat(job.get("asOf").asString()).isEqualTo(NOW.toString());
        assertThat(job.get("filter").get("sources").get(0).asString()).isEqualTo(tag);
        assertThat(job.get("report").isNull()).isTrue();

        JsonNode done = runToTheEnd(job);
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(List.of(done.get("total").asInt(), done.get("processed").asInt(), done.get("failures").asInt()))
                .containsExactly(3, 3, 0);
        JsonNode report = done.get("report");
        assertThat(report.get("leads").asInt()).isEqualTo(3);
        assertThat(report.get("changed").asInt()).isZero();
        assertThat(report.get("after")).isEqualTo(report.get("before"));
        assertThat(report.get("before").get("stage").get("INVALID").asInt()).isEqualTo(1);
        assertThat(report.get("before").get("temperature").get("NONE").asInt()).as("the INVALID lead").isEqualTo(1);
        report.get("transitions").properties().forEach(dimension -> assertThat(dimension.getValue()).isEmpty());
        JsonNode shift = report.get("scoreShift");
        assertThat(shift.get("leadsCompared").asInt()).as("the INVALID lead has no score").isEqualTo(2);
        for (String statistic : List.of("min", "p10", "p25", "median", "p75", "p90", "max")) {
            assertThat(shift.get(statistic).asInt()).as(statistic).isZero();
        }
        assertThat(shift.get("mean").decimalValue()).isZero();
        assertThat(report.get("topMovers")).isEmpty();
        assertThat(mine.stream().map(this::decisionCount).toList()).isEqualTo(decisionsBefore);
    }

    @Test
    void theFilterPicksLeadsByTheirCurrentDecisionNoneMatchingNoValueAndNeverAnErasedLead() {
        String ana = store("ana", "Marketing Director", true, tag);
        store("liam", "Student", true, tag);
        store("noconsent", "Marketing Director", false, tag);
        String erased = store("erased", "Student", true, tag);
        assertThat(http.delete("/api/v1/leads/" + erased).status()).isEqualTo(204);

        assertThat(totalOf("{\"sources\": [\"" + tag + "\"]}")).isEqualTo(3);

        assertThat(totalOf("{\"sources\": [\"" + tag + "\"], \"stages\": [\"invalid\"]}")).isEqualTo(1);
        assertThat(totalOf("{\"sources\": [\"" + tag + "\"], \"temperatures\": [\"NONE\"]}")).isEqualTo(1);
        assertThat(totalOf("{\"sources\": [\"" + tag + "\"], \"priorities\": [\"P1\", \"P2\", \"P3\", \"P4\"]}"))
                .isEqualTo(2);
        assertThat(totalOf("{\"leadIds\": [\"" + ana + "\"], \"createdFrom\": \"" + NOW + "\"}")).isEqualTo(1);
        assertThat(totalOf("{\"leadIds\": [\"" + ana + "\"], \"createdTo\": \"" + NOW + "\"}")).isZero();
    }

    @Test
    void withoutABodyEveryLeadIsComparedAndTheVersionListsItsSimulations() {
        store("ana", "Marketing Director", true, tag);

        JsonNode done = runToTheEnd(http.post("/api/v1/rulesets/1/simulation").json(202));

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("filter").isEmpty()).isTrue();
        assertThat(done.get("processed").asInt()).isEqualTo(done.get("total").asInt()).isPositive();
        JsonNode report = done.get("report");
        assertThat(report.get("leads").asInt() + done.get("failures").asInt()).isEqualTo(done.get("processed").asInt());
        assertThat(report.get("changed").asInt()).isZero();
        JsonNode listed = http.get("/api/v1/rulesets/1/simulations").json(200);
        assertThat(listed.get("items").valueStream().map(item -> item.get("id").asString()))
                .contains(done.get("id").asString());
        assertThat(listed.get("total").asInt()).isGreaterThanOrEqualTo(listed.get("items").size());
        http.get("/api/v1/rulesets/999/simulations").problem(404, "/problems/ruleset-not-found");
    }

    @Test
    void anIdenticalSimulationQueuedOrRunningIsAnsweredAndOneLeftByAStoppedServiceFailsAtStartup() {
        UUID running = UUID.randomUUID();
        jdbc.sql("INSERT INTO simulations (id, ruleset_version, baseline_version, state, processed, total, failures,"
                        + " as_of, lead_filter, created_at)"
                        + " VALUES (:id, '1', '1', 'RUNNING', 0, 5, 0, :at, :filter, :at)")
                .param("id", running).param("at", Timestamp.from(NOW.minusSeconds(60)))
                .param("filter", "{\"sources\":[\"" + tag + "\"]}").update();

        JsonNode answered = http.post("/api/v1/rulesets/01/simulation",
                "{\"filter\": {\"sources\": [\" " + tag.toLowerCase() + "\", \"" + tag + "\"]}}").json(202);
        assertThat(answered.get("id").asString()).isEqualTo(running.toString());
        assertThat(answered.get("state").asString()).isEqualTo("RUNNING");

        lane.afterSingletonsInstantiated();

        JsonNode failed = http.get("/api/v1/simulations/" + running).json(200);
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("message").asString()).startsWith("Interrupted");
        assertThat(failed.get("finishedAt").asString()).isEqualTo(NOW.toString());
    }

    @Test
    void unknownVersionsAndSimulationsAreNotFoundAndAWrongFilterIsNamed() {
        http.post("/api/v1/rulesets/999/simulation").problem(404, "/problems/ruleset-not-found");
        http.post("/api/v1/rulesets/latest/simulation").problem(404, "/problems/ruleset-not-found");
        http.get("/api/v1/simulations/" + UUID.randomUUID()).problem(404, "/problems/simulation-not-found");
        http.get("/api/v1/simulations/not-a-uuid").problem(404, "/problems/simulation-not-found");

        Answer wrong = http.post("/api/v1/rulesets/1/simulation",
                "{\"filter\": {\"stages\": [\"MQL\", \"QUALIFIED\"], \"leadIds\": []}}");
        wrong.problem(400, "/problems/invalid-query");
        assertThat(wrong.errorFields()).containsExactly("filter.stages[1]", "filter.leadIds");
        Answer future = http.post("/api/v1/rulesets/1/simulation", "{\"asOf\": \"2030-01-01T00:00:00Z\"}");
        future.problem(400, "/problems/invalid-query");
        assertThat(future.errorFields()).containsExactly("asOf");
        http.post("/api/v1/rulesets/1/simulation", "{\"filter\": {\"stage\": [\"MQL\"]}}")
                .problem(400, "/problems/unknown-member");
        JsonNode notAnId = http.post("/api/v1/rulesets/1/simulation", "{\"filter\": {\"leadIds\": [\"nope\"]}}")
                .problem(400, "/problems/invalid-member-type");
        assertThat(notAnId.get("errors").get(0).get("field").asString()).isEqualTo("filter.leadIds[0]");
        assertThat(notAnId.get("errors").get(0).get("message").asString()).startsWith("must be an id: a UUID");
    }

    private int totalOf(String filter) {
        JsonNode done = runToTheEnd(http.post("/api/v1/rulesets/1/simulation", "{\"filter\": " + filter + "}")
                .json(202));
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        return done.get("total").asInt();
    }

    /** A lead stored (and so decided once) through the API; answers its id. */
    private String store(String name, String jobTitle, boolean consent, String source) {
        String request = """
                {"lead": {"externalId": "%1$s-%2$s", "firstName": "%1$s", "email": "%1$s.%2$s@acme-soft.com",
                          "phone": "+34 612 345 678", "company": "Acme Soft %2$s", "jobTitle": "%3$s",
                          "industry": "SOFTWARE", "companySize": 250, "annualRevenue": 12000000, "country": "ES",
                          "source": "%4$s", "leadMagnet": "EBOOK", "productInterest": "crm-suite",
                          "consent": {"dataProcessing": %5$s}},
                 "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}"""
                .formatted(name, tag.toLowerCase(), jobTitle, source, consent);
        Answer stored = http.post("/api/v1/leads", request);
        assertThat(stored.status()).as(stored.text()).isEqualTo(201);
        return stored.json(201).get("id").asString();
    }

    private int decisionCount(String leadId) {
        return http.get("/api/v1/leads/" + leadId + "/decisions").json(200).get("total").asInt();
    }

    private JsonNode runToTheEnd(JsonNode job) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode seen = job;
        while (Instant.now().isBefore(deadline)) {
            seen = http.get("/api/v1/simulations/" + job.get("id").asString()).json(200);
            if (List.of("DONE", "FAILED", "CANCELLED").contains(seen.get("state").asString())) {
                return seen;
            }
            sleep();
        }
        throw new AssertionError("The simulation did not finish within " + PATIENCE + ": " + seen);
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
