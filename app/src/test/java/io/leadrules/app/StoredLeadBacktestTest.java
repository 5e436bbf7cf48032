package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leadrules.app.ruleset.EditedWorkbook;
import io.leadrules.app.ruleset.RuleVersionApi;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Backtests over the stored leads with an outcome, over real HTTP with the real rules, on a database of their own (so
 * the leads with outcomes are exactly this test's, and the answers are known): six directors who asked for a demo
 * and converted, six students who did nothing and were lost. Any sensible score ranks them perfectly. The activation
 * gate is on here (and four eyes off, so the admin activates its own drafts).
 */
@SpringBootTest(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-backtest;DB_CLOSE_DELAY=-1",
                "leadrules.backtest.activation-gate.enabled=true", "leadrules.rules.four-eyes=false"})
@Import(ScoringJourneyTest.FixedClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoredLeadBacktestTest {

    static final Instant NOW = ScoringJourneyTest.NOW;
    static final String PROFILE_FIT = "ProfileFit.drl.xlsx";
    static final String ENGAGEMENT = "EngagementPoints.drl.xlsx";
    static final String MATCH = "Match (0-100)";
    static boolean stored;

    @LocalServerPort
    int port;
    RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    @Order(1)
    void withoutAnyOutcomeTheBacktestIsRefusedAndNothingIsQueued() {
        api.postJson("/api/v1/rulesets/1/backtest", "{}")
                .problem(422, "/problems/backtest-without-outcomes");
        assertThat(api.get("/api/v1/rulesets/1/backtests").json(200).get("total").asInt()).isZero();
    }

    @Test
    @Order(2)
    void aScoreThatRanksConvertersPerfectlyHasAnAucOfOneOnBothSides() {
        storeLeadsOnce();
        JsonNode job = api.postJson("/api/v1/rulesets/1/backtest", "{\"cutoffAt\": \"" + NOW + "\"}").json(202);
        assertThat(job.get("state").asString()).isEqualTo("QUEUED");
        assertThat(job.get("source").asString()).isEqualTo("STORED_LEADS");

        JsonNode done = BacktestReports.done(api, job);
        assertThat(List.of(done.get("total").asInt(), done.get("processed").asInt(), done.get("failures").asInt()))
                .containsExactly(12, 12, 0);
        JsonNode report = done.get("report");
        JsonNode leads = report.get("leads");
        assertThat(List.of(leads.get("read").asInt(), leads.get("backtested").asInt(), leads.get("converted").asInt(),
                leads.get("convertedBeforeCutoff").asInt())).containsExactly(12, 12, 6, 6);
        assertThat(leads.get("cutoff").asString()).isEqualTo(NOW.toString());
        for (String side : List.of("version", "live")) {
            JsonNode measured = report.get(side);
            assertThat(measured.get("rulesetVersion").asString()).isEqualTo("1");
            assertThat(measured.get("auc").get("auc").asDouble()).isEqualTo(1.0);
            assertThat(measured.get("mql").get("recall").asDouble()).isEqualTo(1.0);
            assertThat(measured.get("mql").get("precision").asDouble()).isEqualTo(1.0);
            assertThat(measured.get("sql").get("selected").asInt()).as("grade C: MQL, not SQL").isZero();
            assertThat(measured.get("sql").get("precision").isNull()).as("no SQL: no precision").isTrue();
            assertThat(row(measured.get("byGrade"), "D").get("conversion").get("leads").asInt()).isEqualTo(6);
            assertThat(row(measured.get("byGrade"), "D").get("conversion").get("converted").asInt()).isZero();
            assertThat(BacktestReports.rule(measured, "ENG-DEMO_REQUESTED").get("fired").get("rate").asDouble()).isEqualTo(1.0);
            assertThat(BacktestReports.rule(measured, "ENG-SPAM_COMPLAINT").get("fired").get("leads").asInt())
                    .as("a dead row shows").isZero();
        }
        assertThat(report.get("difference").get("auc").get("difference").asDouble()).isCloseTo(0, within(1e-12));
        assertThat(report.get("missingData").findValuesAsString("code")).isNotEmpty();
    }

    @Test
    @Order(3)
    void aCutoffBeforeTheLeadsExistedOrStillToComeLeavesThemOutAndSaysWhy() {
        storeLeadsOnce();
        JsonNode early = BacktestReports.done(api, api.postJson("/api/v1/rulesets/1/backtest",
                "{\"cutoffAt\": \"2026-01-01T00:00:00Z\"}").json(202)).get("report");
        assertThat(early.get("excluded").get("notCreatedByCutoff").asInt()).isEqualTo(12);
        assertThat(early.get("leads").get("backtested").asInt()).isZero();
        assertThat(early.get("version").get("auc").isNull()).isTrue();
        assertThat(early.get("version").get("undefined").asString()).isNotBlank();
        assertThat(early.get("difference").get("undefined").asString()).isNotBlank();

        JsonNode late = BacktestReports.done(api, api.postJson("/api/v1/rulesets/1/backtest", "{\"cutoffDays\": 30}").json(202))
                .get("report");
        assertThat(late.get("excluded").get("cutoffInFuture").asInt()).isEqualTo(12);
    }

    @Test
    @Order(4)
    void aBadCutoffOrAnUnknownBacktestIsAProblem() {
        api.postJson("/api/v1/rulesets/1/backtest", "{\"cutoffDays\": 3, \"cutoffAt\": \"2026-01-01T00:00:00Z\"}")
                .problem(400, "/problems/invalid-query");
        api.postJson("/api/v1/rulesets/1/backtest", "{\"cutoffDays\": -1}").problem(400, "/problems/invalid-query");
        api.postJson("/api/v1/rulesets/1/backtest", "{\"cutoffAt\": \"2027-01-01T00:00:00Z\"}")
                .problem(400, "/problems/invalid-query");
        api.postJson("/api/v1/rulesets/999/backtest", "{}").problem(404, "/problems/ruleset-not-found");
        api.get("/api/v1/backtests/00000000-0000-0000-0000-000000000001")
                .problem(404, "/problems/backtest-not-found");
        api.get("/api/v1/backtests/not-an-id").problem(404, "/problems/backtest-not-found");
    }

    @Test
    @Order(5)
    void aVersionsBacktestsAreListedNewestFirst() {
        JsonNode listed = api.get("/api/v1/rulesets/1/backtests").json(200);
        assertThat(listed.get("total").asInt()).isGreaterThanOrEqualTo(3);
        List<String> created = listed.get("items").findValuesAsString("createdAt");
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    @Order(6)
    void withTheGateOnADraftThatRanksConvertersWorseOrWasNeverBacktestedStaysADraft() {
        storeLeadsOnce();
        String reversed = draft("Students first, demos worth nothing", new UploadFile(PROFILE_FIT,
                EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-STUDENT", MATCH, 100)
                        .set("Fit", "FIT-ROLE-SENIOR", MATCH, 0).bytes()),
                new UploadFile(ENGAGEMENT, EditedWorkbook.shipped(ENGAGEMENT)
                        .set("Points", "ENG-DEMO_REQUESTED", "Points per event", 0).bytes()));
        api.post("/api/v1/rulesets/" + reversed + "/activation")
                .problem(409, "/problems/activation-below-live-auc");

        JsonNode report = BacktestReports.done(api, api.postJson("/api/v1/rulesets/" + reversed + "/backtest",
                "{\"cutoffAt\": \"" + NOW + "\"}").json(202)).get("report");
        assertThat(report.get("version").get("auc").get("auc").asDouble()).isLessThan(0.5);
        assertThat(report.get("live").get("auc").get("auc").asDouble()).isEqualTo(1.0);
        JsonNode refused = api.post("/api/v1/rulesets/" + reversed + "/activation")
                .problem(409, "/problems/activation-below-live-auc");
        assertThat(refused.get("liveAuc").asDouble()).isEqualTo(1.0);
        assertThat(refused.get("maxAucDrop").asDouble()).isEqualTo(0.01);
        assertThat(api.activeId()).isEqualTo("1");
    }

    @Test
    @Order(7)
    void withTheGateOnADraftAsGoodAsTheLiveOneGoesLiveOnceBacktested() {
        storeLeadsOnce();
        String reworded = draft("Reworded", new UploadFile(PROFILE_FIT, EditedWorkbook.shipped(PROFILE_FIT)
                .replace("Fit", "FIT-ROLE-STUDENT", "Reason", "Students and interns", "Students").bytes()));
        BacktestReports.done(api, api.postJson("/api/v1/rulesets/" + reworded + "/backtest", "{\"cutoffAt\": \"" + NOW + "\"}")
                .json(202));
        try (RuleVersionApi.ActiveVersionRestore restore = api.activeVersionRestoredAfterwards()) {
            assertThat(api.post("/api/v1/rulesets/" + reworded + "/activation").json(200).get("status").asString())
                    .isEqualTo("ACTIVE");
            assertThat(api.post("/api/v1/rulesets/1/activation").json(200).get("status").asString())
                    .as("a rollback is never gated").isEqualTo("ACTIVE");
        }
    }

    private String draft(String label, UploadFile... files) {
        return api.uploaded(Map.of("label", label, "basedOn", "1"), files).get("id").asString();
    }

    private void storeLeadsOnce() {
        if (stored) {
            return;
        }
        for (int i = 0; i < 6; i++) {
            outcome(store("director" + i, "Marketing Director", "DEMO_REQUESTED"), "CONVERTED");
            outcome(store("student" + i, "Student", null), "LOST");
        }
        stored = true;
    }

    private String store(String who, String jobTitle, String activity) {
        String activities = activity == null ? "[]"
                : "[{\"id\": \"e1\", \"type\": \"" + activity + "\", \"occurredAt\": \"2026-11-20T10:00:00Z\"}]";
        String body = """
                {"lead": {"externalId": "bt-%1$s", "email": "%1$s@acme-soft.com", "company": "Acme Soft",
                          "jobTitle": "%2$s", "industry": "SOFTWARE", "companySize": 250, "country": "ES",
                          "consent": {"dataProcessing": true}},
                 "activities": %3$s}""".formatted(who, jobTitle, activities);
        return api.postJson("/api/v1/leads", body).json(201).get("id").asString();
    }

    private void outcome(String lead, String outcome) {
        api.postJson("/api/v1/leads/" + lead + "/outcomes",
                "{\"outcome\": \"" + outcome + "\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}").json(201);
    }

    private static JsonNode row(JsonNode table, String key) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + table);
    }
}
