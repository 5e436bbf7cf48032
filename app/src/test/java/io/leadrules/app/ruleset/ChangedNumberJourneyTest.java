package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Marketing ops make practitioners worth more: in ProfileFit.drl.xlsx, sheet Fit, the Match of FIT-ROLE-PRACTITIONER
 * goes from 30 to 50. The one scenario that pins a practitioner's fit is updated in the same upload (fit 51 -> 57,
 * score 36 -> 39), as they would do. The draft is uploaded once for the class; each test only reads it, and the one
 * that activates it puts the active version back.
 */
@RuleVersionServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangedNumberJourneyTest {

    private static final String PROFILE_FIT = "ProfileFit.drl.xlsx";
    private static final String MATCH = "Match (0-100)";
    private static final String ANALYST_SCENARIO =
            "Grade C analyst asked for a demo but unsubscribed: MQL by the grade C route";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private RuleVersionApi api;
    private byte[] changedTable;
    private UploadFile scenarios;
    private JsonNode draft;
    private String draftId;

    @BeforeAll
    void uploadPractitionersWorthMore() {
        api = new RuleVersionApi(port);
        changedTable = EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-PRACTITIONER", MATCH, 50).bytes();
        scenarios = ScenarioFile.shipped()
                .replaceInScenario(ANALYST_SCENARIO, ",C,51,20,36,", ",C,57,20,39,").file();
        draft = api.uploaded(Map.of("label", "Practitioners are worth more", "basedOn", "1"), new UploadFile(PROFILE_FIT, changedTable), scenarios);
        draftId = draft.get("id").asString();
    }

    @Test
    void theUploadIsADraftBasedOnVersionOneWhoseScenariosAllPass() {
        JsonNode one = api.get("/api/v1/rulesets/1").json(200);

        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("basedOn").asString()).isEqualTo("1");
        assertThat(draft.get("label").asString()).isEqualTo("Practitioners are worth more");
        assertThat(draft.get("author").asString()).as("the principal; no one is authenticated here")
                .isEqualTo("admin");
        assertThat(draft.get("createdAt").asString()).isEqualTo(RuleVersionServiceTest.NOW.toString());
        assertThat(draft.get("contentHash").asString()).isNotEqualTo(one.get("contentHash").asString());
        assertThat(draft.get("ruleCount").asInt()).isEqualTo(one.get("ruleCount").asInt());
        assertThat(draft.get("activityTypes")).isEqualTo(one.get("activityTypes"));
        assertThat(draft.get("validation").get("warnings").isEmpty()).isTrue();
        JsonNode lastTest = draft.get("lastTest");
        assertThat(lastTest.get("rulesetVersion").asString()).isEqualTo(draftId);
        assertThat(lastTest.get("passed").asBoolean()).isTrue();
        assertThat(lastTest.get("scenarios").asInt()).isEqualTo(83);
        assertThat(lastTest.get("failedCount").asInt()).isZero();
        assertThat(draft.get("rules").valueStream().filter(r -> r.get("ruleId").asString()
                .equals("FIT-ROLE-PRACTITIONER"))).singleElement().satisfies(rule -> {
                    assertThat(rule.get("source").get("cell").asString()).isEqualTo("B17");
                    assertThat(rule.get("where").asString()).isEqualTo("ProfileFit.drl.xlsx, sheet Fit, cell B17");
                });
    }

    @Test
    void onlyTheUploadedFilesDifferFromVersionOne() {
        Map<String, String> changed = sha256ByName(draft);
        Map<String, String> one = sha256ByName(api.get("/api/v1/rulesets/1").json(200));

        assertThat(changed.keySet()).containsExactlyElementsOf(one.keySet());
        assertThat(changed.keySet()).filteredOn(name -> !changed.get(name).equals(one.get(name)))
                .containsExactlyInAnyOrder(PROFILE_FIT, ScenarioFile.NAME);
        assertThat(changed.get(PROFILE_FIT)).isEqualTo(sha256(changedTable));
        assertThat(changed.get(ScenarioFile.NAME)).isEqualTo(sha256(scenarios.content()));
    }

    @Test
    void everyFileDownloadsAsExactlyTheBytesItWasMadeFrom() {
        for (JsonNode file : draft.get("files")) {
            String name = file.get("name").asString();
            Answer download = api.get(file.get("href").asString());

            assertThat(download.status()).as(name).isEqualTo(200);
            byte[] expected = name.equals(PROFILE_FIT) ? changedTable
                    : name.equals(ScenarioFile.NAME) ? scenarios.content() : EditedWorkbook.shippedBytes(name);
            assertThat(download.body()).as(name).isEqualTo(expected);
            assertThat(file.get("size").asInt()).as(name).isEqualTo(expected.length);
            if (!name.equals(PROFILE_FIT) && !name.equals(ScenarioFile.NAME)) {
                assertThat(download.body()).as(name).isEqualTo(api.get("/api/v1/rulesets/1/files/" + name).body());
            }
        }
        assertThat(api.get("/api/v1/rulesets/" + draftId + "/files/" + PROFILE_FIT).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theDiffNamesTheChangedRowByItsRuleIdWithTheOldAndNewValue() {
        JsonNode diff = api.get("/api/v1/rulesets/" + draftId + "/diff").json(200);

        assertThat(diff.get("rulesetVersion").asString()).isEqualTo(draftId);
        assertThat(diff.get("against").asString()).isEqualTo("1");
        assertThat(diff.get("summary").asString()).contains(
                "ProfileFit.drl.xlsx, sheet Fit: 1 row changed (FIT-ROLE-PRACTITIONER: Match (0-100) 30 -> 50)");
        JsonNode changes = diff.get("changes");
        assertThat(changes.get("changedFiles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(PROFILE_FIT, ScenarioFile.NAME);
        JsonNode table = changes.get("workbooks").get(0).get("changedTables").get(0);
        assertThat(changes.get("workbooks").size()).isOne();
        assertThat(changes.get("workbooks").get(0).get("changedTables").size()).isOne();
        assertThat(table.get("sheet").asString()).isEqualTo("Fit");
        assertThat(table.get("addedRows").isEmpty()).isTrue();
        assertThat(table.get("removedRows").isEmpty()).isTrue();
        assertThat(table.get("changedRows").size()).isOne();
        JsonNode row = table.get("changedRows").get(0);
        assertThat(row.get("ruleId").asString()).isEqualTo("FIT-ROLE-PRACTITIONER");
        assertThat(row.get("cells").size()).isOne();
        JsonNode cell = row.get("cells").get(0);
        assertThat(cell.get("header").asString()).isEqualTo(MATCH);
        assertThat(cell.get("oldCell").asString()).isEqualTo("G17");
        assertThat(cell.get("oldValue").asString()).isEqualTo("30");
        assertThat(cell.get("newCell").asString()).isEqualTo("G17");
        assertThat(cell.get("newValue").asString()).isEqualTo("50");
        JsonNode scenarioText = changes.get("texts").get(0);
        assertThat(scenarioText.get("file").asString()).isEqualTo(ScenarioFile.NAME);
        assertThat(scenarioText.get("linesAdded").asInt()).isOne();
        assertThat(scenarioText.get("linesRemoved").asInt()).isOne();
    }

    @Test
    void activatingItChangesTheScoreAndRollingBackToVersionOneRestoresIt() {
        String analyst = JourneyLeads.scoreRequest("Marketing Analyst");
        try (var restore = api.activeVersionRestoredAfterwards()) {
            api.activate("1");
            JsonNode before = api.score(analyst);
            assertThat(before.get("rulesetVersion").asString()).isEqualTo("1");
            assertRolePoints(before, 9);

            JsonNode activated = api.activate(draftId);
            assertThat(activated.get("id").asString()).isEqualTo(draftId);
            assertThat(api.activeId()).isEqualTo(draftId);
            assertThat(statusOf("1")).isEqualTo("RETIRED");
            JsonNode after = api.score(analyst);
            assertThat(after.get("rulesetVersion").asString()).isEqualTo(draftId);
            assertRolePoints(after, 15);
            assertThat(after.get("fit").get("score").asInt()).isEqualTo(before.get("fit").get("score").asInt() + 6);

            api.activate("1");
            assertThat(statusOf(draftId)).isEqualTo("RETIRED");
            JsonNode rolledBack = api.score(analyst);
            assertThat(rolledBack.get("rulesetVersion").asString()).isEqualTo("1");
            assertRolePoints(rolledBack, 9);
            assertThat(rolledBack.get("score")).isEqualTo(before.get("score"));
        }
    }

    @Test
    void aRuleEditorScoresWithTheDraftBeforeItGoesLiveAndNothingIsStoredOrActivated() {
        String analyst = JourneyLeads.scoreRequest("Marketing Analyst");
        long decisions = jdbc.sql("SELECT COUNT(*) FROM decisions").query(Long.class).single();
        String active = api.activeId();
        String status = statusOf(draftId);
        assertThat(status).as("a draft, or retired if another test activated it").isIn("DRAFT", "RETIRED");

        JsonNode live = api.score(analyst);
        JsonNode tried = api.postJson("/api/v1/scores?version=" + draftId, analyst).json(200);

        assertThat(live.get("rulesetVersion").asString()).isEqualTo(active);
        assertThat(live.get("rulesetStatus").asString()).isEqualTo("ACTIVE");
        assertRolePoints(live, 9);
        assertThat(tried.get("rulesetVersion").asString()).isEqualTo(draftId);
        assertThat(tried.get("rulesetStatus").asString()).isEqualTo(status);
        assertRolePoints(tried, 15);
        assertThat(tried.get("fit").get("score").asInt()).isEqualTo(live.get("fit").get("score").asInt() + 6);
        assertThat(api.postJson("/api/v1/scores?version=" + active, analyst).json(200)).isEqualTo(live);
        assertThat(api.activeId()).isEqualTo(active);
        assertThat(statusOf(draftId)).isEqualTo(status);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decisions").query(Long.class).single()).isEqualTo(decisions);
    }

    @Test
    void anUnknownVersionIsNotFoundAndAScorersKeyCannotChooseOne() {
        String analyst = JourneyLeads.scoreRequest("Marketing Analyst");
        api.postJson("/api/v1/scores?version=9999", analyst).problem(404, "/problems/ruleset-not-found");
        api.postJson("/api/v1/scores?version=not-a-number", analyst).problem(404, "/problems/ruleset-not-found");
        for (String hostile : new String[] {"99999999999999999999999", "-1", "0", "1%00", "1%20OR%201=1", "1,2"}) {
            api.postJson("/api/v1/scores?version=" + hostile, analyst).problem(404, "/problems/ruleset-not-found");
        }
        api.postJson("/api/v1/scores?version=1&version=" + draftId, analyst)
                .problem(404, "/problems/ruleset-not-found");

        RuleVersionApi webForm = new RuleVersionApi(port, keyOfANewUserWith("SCORER"));
        JsonNode refused = webForm.postJson("/api/v1/scores?version=" + draftId, analyst)
                .problem(403, "/problems/version-needs-rule-role");
        assertThat(refused.get("version").asString()).isEqualTo(draftId);
        assertThat(webForm.score(analyst).get("rulesetStatus").asString()).isEqualTo("ACTIVE");
    }

    private String keyOfANewUserWith(String role) {
        String name = "web-form-" + UUID.randomUUID().toString().substring(0, 8);
        api.postJson("/api/v1/users", "{\"name\": \"" + name + "\", \"roles\": [\"" + role + "\"]}").json(201);
        return api.postJson("/api/v1/api-keys", "{\"user\": \"" + name + "\", \"roles\": [\"" + role + "\"]}")
                .json(201).get("key").asString();
    }

    /** 30% (version 1) or 50% of the ROLE weight 30, rounded half up: 9 or 15 points, from the practitioner row. */
    private static void assertRolePoints(JsonNode answer, int points) {
        JsonNode role = JourneyLeads.breakdown(answer, "fit", "ROLE");
        assertThat(role.get("ruleId").asString()).isEqualTo("FIT-ROLE-PRACTITIONER");
        assertThat(role.get("points").asInt()).isEqualTo(points);
    }

    private String statusOf(String id) {
        return api.get("/api/v1/rulesets/" + id).json(200).get("status").asString();
    }

    private static Map<String, String> sha256ByName(JsonNode version) {
        Map<String, String> byName = new LinkedHashMap<>();
        version.get("files").forEach(file -> byName.put(file.get("name").asString(), file.get("sha256").asString()));
        return byName;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
