package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/rulesets/{id}/test}: a version's scenarios run on demand, the report kept as its last test; a
 * failing scenario shows expected against actual for each check that failed, and keeps the version from going live.
 */
@RuleVersionServiceTest
class ScenarioTestingTest {

    private static final String ANALYST_SCENARIO =
            "Grade C analyst asked for a demo but unsubscribed: MQL by the grade C route";

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void versionOnePassesAllItsScenariosAndEachResultNamesTheRulesThatFired() {
        JsonNode report = api.post("/api/v1/rulesets/1/test").json(200);

        assertThat(report.get("rulesetVersion").asString()).isEqualTo("1");
        assertThat(report.get("testedAt").asString()).isEqualTo(RuleVersionServiceTest.NOW.toString());
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.get("scenarios").asInt()).isEqualTo(83);
        assertThat(report.get("passedCount").asInt()).isEqualTo(83);
        assertThat(report.get("failedCount").asInt()).isZero();
        assertThat(report.get("files").size()).isOne();
        JsonNode file = report.get("files").get(0);
        assertThat(file.get("file").asString()).isEqualTo(ScenarioFile.NAME);
        assertThat(file.get("results").size()).isEqualTo(83);
        assertThat(file.get("results").valueStream()).allSatisfy(result -> {
            assertThat(result.get("passed").asBoolean()).isTrue();
            assertThat(result.get("error").isNull()).isTrue();
            assertThat(result.get("checks").isEmpty()).isFalse();
            assertThat(result.get("firedRuleIds").isEmpty()).as(result.get("name").asString()).isFalse();
        });
        assertThat(report.get("rulesNotFired").isArray()).isTrue();
        assertThat(report.get("rulesNotFired").isEmpty()).as("rules no scenario fires").isTrue();
        assertThat(file.get("rulesNotFired").isArray()).isTrue();
        assertThat(file.get("rulesNotFired").isEmpty()).isTrue();
        assertThat(api.get("/api/v1/rulesets/1").json(200).get("lastTest")).isEqualTo(report);
    }

    @Test
    void aFailingScenarioIsReportedExpectedAgainstActualAndKeepsTheVersionFromGoingLive() {
        String active = api.activeId();
        JsonNode draft = api.uploaded(Map.of("basedOn", "1"), EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .set("Fit", "FIT-ROLE-PRACTITIONER", "Match (0-100)", 50).file());
        String id = draft.get("id").asString();
        assertThat(draft.get("lastTest").get("passed").asBoolean()).isFalse();

        JsonNode report = api.post("/api/v1/rulesets/" + id + "/test").json(200);

        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(report.get("scenarios").asInt()).isEqualTo(83);
        assertThat(report.get("failedCount").asInt()).isOne();
        JsonNode failed = report.get("files").get(0).get("results").valueStream()
                .filter(result -> !result.get("passed").asBoolean()).findFirst().orElseThrow();
        assertThat(failed.get("name").asString()).isEqualTo(ANALYST_SCENARIO);
        assertThat(failed.get("row").asInt()).isEqualTo(8);
        assertThat(failed.get("firedRuleIds").valueStream().map(JsonNode::asString)).contains("FIT-ROLE-PRACTITIONER");
        assertThat(failed.get("checks").valueStream().filter(check -> !check.get("passed").asBoolean())
                .map(check -> check.get("member").asString() + ": " + check.get("expected").asString() + " -> "
                        + check.get("actual").asString()))
                .containsExactlyInAnyOrder("fit.score: 51 -> 57", "score: 36 -> 39");
        assertThat(api.get("/api/v1/rulesets/" + id).json(200).get("lastTest")).isEqualTo(report);

        JsonNode refused = api.post("/api/v1/rulesets/" + id + "/activation").problem(409,
                "/problems/scenarios-failed");
        assertThat(refused.get("rulesetVersion").asString()).isEqualTo(id);
        assertThat(refused.get("failures").size()).isOne();
        JsonNode failure = refused.get("failures").get(0);
        assertThat(failure.get("file").asString()).isEqualTo(ScenarioFile.NAME);
        assertThat(failure.get("row").asInt()).isEqualTo(8);
        assertThat(failure.get("name").asString()).isEqualTo(ANALYST_SCENARIO);
        assertThat(failure.get("failure").asString()).contains("fit.score: expected 51, was 57");
        assertThat(refused.get("detail").asString()).contains("1 of 83 scenarios", "version " + active + " stays live");
        assertThat(api.activeId()).isEqualTo(active);
        assertThat(api.get("/api/v1/rulesets/" + id).json(200).get("status").asString()).isEqualTo("DRAFT");
    }
}
