package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * New files added to a version: a decision table built from nothing with POI in the shipped layout, and a DRL file.
 * Their rules are listed with their ids, reasons and where they are written, and a new table scores once live.
 */
@RuleVersionServiceTest
class AddedRuleFilesTest {

    private static final String EXTRA_FIT = "ExtraFit.drl.xlsx";

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aDecisionTableBuiltFromScratchIsAddedAndItsRowsScoreOnceLive() {
        UploadFile boardTable = new NewDecisionTable(EXTRA_FIT, "Board", "leadrules.fit", "fit")
                .column("NAME", null, null, "Rule ID")
                .column("CONDITION", "l : Lead", "Text.containsAnyWord(jobTitle, \"$param\")",
                        "Job title contains any of")
                .column("ACTION", null, "insert(new FitCandidate(\"ROLE\", \"lead.jobTitle\", $param, "
                        + "\"a developer's row\", drools.getRule().getName()));", "Points")
                .column("METADATA", null, "reason(\"$param\")", "Reason")
                .row("FIT-ROLE-BOARD", "board member, chairman, chairwoman", 30, "Board members approve large deals")
                .row("FIT-ROLE-ADVISOR", "advisor", 12, "Advisors recommend but rarely buy")
                .file();
        JsonNode one = api.get("/api/v1/rulesets/1").json(200);

        JsonNode version = api.uploaded(Map.of("basedOn", "1"), boardTable);

        String id = version.get("id").asString();
        assertThat(version.get("files").valueStream().map(f -> f.get("name").asString()))
                .endsWith(EXTRA_FIT).hasSize(one.get("files").size() + 1);
        assertThat(version.get("ruleCount").asInt()).isEqualTo(one.get("ruleCount").asInt() + 2);
        assertThat(version.get("validation").get("warnings").isEmpty()).isTrue();
        assertThat(version.get("lastTest").get("passed").asBoolean()).isTrue();
        assertThat(version.get("developerChange").asBoolean()).as("a table outside the shipped kinds").isTrue();
        assertThat(version.get("developerChanges").valueStream().map(JsonNode::asString)).containsExactly(
                EXTRA_FIT + ", sheet Board: table 'Board' (RuleSet leadrules.fit) is not a shipped table kind");
        assertThat(api.get("/api/v1/rulesets/" + id).json(200).get("developerChange").asBoolean()).isTrue();
        JsonNode board = rule(id, "FIT-ROLE-BOARD");
        assertThat(board.get("reason").asString()).isEqualTo("Board members approve large deals");
        assertThat(board.get("dimension").asString()).isEqualTo("FIT");
        assertThat(board.get("source").get("file").asString()).isEqualTo(EXTRA_FIT);
        assertThat(board.get("source").get("sheet").asString()).isEqualTo("Board");
        assertThat(board.get("source").get("cell").asString()).isEqualTo("B14");
        assertThat(rule(id, "FIT-ROLE-ADVISOR").get("source").get("cell").asString()).isEqualTo("B15");
        assertThat(api.get("/api/v1/rulesets/" + id + "/diff").json(200).get("changes").get("addedFiles")
                .valueStream().map(JsonNode::asString)).containsExactly(EXTRA_FIT);

        try (var restore = api.activeVersionRestoredAfterwards()) {
            api.activate(id);
            JsonNode chairman = api.score(JourneyLeads.scoreRequest("Chairman of the Board"));
            JsonNode role = JourneyLeads.breakdown(chairman, "fit", "ROLE");
            assertThat(role.get("ruleId").asString()).isEqualTo("FIT-ROLE-BOARD");
            assertThat(role.get("points").asInt()).isEqualTo(30);
            assertThat(role.get("source").get("file").asString()).isEqualTo(EXTRA_FIT);
            assertThat(role.get("source").get("cell").asString()).isEqualTo("B14");
        }
    }

    @Test
    void aDrlFileIsAddedAndItsRuleIsListedAtItsLine() {
        UploadFile competitors = UploadFile.text("Competitors.drl", """
                // Leads from a competitor's own domain: they research us, they do not buy.
                package leadrules.data_quality;

                import io.leadrules.rules.vocabulary.*;

                rule "DQ-COMPETITOR The address belongs to a competitor"
                    @reason("Someone at a competitor is researching us, not buying")
                    ruleflow-group "data_quality"
                when
                    Lead( Text.isOneOf(emailDomain(), "rivalsoft.com") )
                then
                    insert(new Finding("COMPETITOR", "lead.email", Severity.WARNING,
                            "The address belongs to a competitor", drools.getRule().getName()));
                end
                """);

        JsonNode version = api.uploaded(Map.of("basedOn", "1"), competitors);

        String id = version.get("id").asString();
        assertThat(version.get("lastTest").get("passed").asBoolean()).isTrue();
        assertThat(version.get("developerChange").asBoolean()).isTrue();
        assertThat(version.get("developerChanges").valueStream().map(JsonNode::asString))
                .containsExactly("DRL file Competitors.drl is new");
        JsonNode competitor = rule(id, "DQ-COMPETITOR");
        assertThat(competitor.get("name").asString()).isEqualTo("DQ-COMPETITOR The address belongs to a competitor");
        assertThat(competitor.get("reason").asString()).isEqualTo("Someone at a competitor is researching us, not buying");
        assertThat(competitor.get("dimension").asString()).isEqualTo("DATA_QUALITY");
        assertThat(competitor.get("source").get("file").asString()).isEqualTo("Competitors.drl");
        assertThat(competitor.get("source").get("line").asInt()).isEqualTo(6);
        assertThat(competitor.get("where").asString()).isEqualTo("Competitors.drl, line 6");
        RuleVersionApi.Answer download = api.get("/api/v1/rulesets/" + id + "/files/Competitors.drl");
        assertThat(download.body()).isEqualTo(competitors.content());
        assertThat(download.contentType()).startsWith("text/plain");
    }

    private JsonNode rule(String versionId, String ruleId) {
        return api.get("/api/v1/rulesets/" + versionId + "/rules").json(200).get("rules").valueStream()
                .filter(rule -> rule.get("ruleId").asString().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("Version " + versionId + " has no rule " + ruleId));
    }
}
