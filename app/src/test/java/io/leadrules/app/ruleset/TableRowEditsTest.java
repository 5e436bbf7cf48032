package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Rows inserted and deleted the way a person does it in Excel: the Rule IDs stay with their rows, so a row inserted
 * or deleted renames nothing; only the cells of the rows below move.
 */
@RuleVersionServiceTest
class TableRowEditsTest {

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aRowInsertedAboveOthersGetsItsOwnIdAndTheRowsBelowKeepTheirs() {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("Rule ID", "FIT-ROLE-PARTNER");
        partner.put("Category", "ROLE");
        partner.put("Field", "jobTitle");
        partner.put("Test", "contains one of the words");
        partner.put("Values", "partner, managing partner");
        partner.put("Match (0-100)", 90);
        partner.put("Reason", "Partners of a firm decide on its purchases");
        String active = api.activeId();

        JsonNode version = api.uploaded(EditedWorkbook.shipped("ProfileFit.drl.xlsx")
                .insertRowAbove("Fit", "FIT-ROLE-SENIOR", partner).file());

        assertThat(version.get("basedOn").asString()).as("the active version by default").isEqualTo(active);
        assertThat(version.get("developerChange").asBoolean()).as("values of a shipped table only").isFalse();
        assertThat(version.get("developerChanges").isEmpty()).isTrue();
        assertThat(version.get("lastTest").get("passed").asBoolean()).isTrue();
        String id = version.get("id").asString();
        Map<String, JsonNode> rules = rulesById(id);
        Map<String, JsonNode> before = rulesById("1");
        assertThat(rules).hasSize(before.size() + 1);
        assertThat(rules.get("FIT-ROLE-PARTNER").get("reason").asString())
                .isEqualTo("Partners of a firm decide on its purchases");
        assertThat(rules.get("FIT-ROLE-PARTNER").get("dimension").asString()).isEqualTo("FIT");
        assertThat(cell(rules, "FIT-ROLE-PARTNER")).isEqualTo("B15");
        assertThat(cell(before, "FIT-ROLE-EXECUTIVE")).isEqualTo("B14").isEqualTo(cell(rules, "FIT-ROLE-EXECUTIVE"));
        assertThat(cell(before, "FIT-ROLE-SENIOR")).isEqualTo("B15");
        assertThat(cell(rules, "FIT-ROLE-SENIOR")).isEqualTo("B16");
        assertThat(cell(rules, "FIT-ROLE-MANAGER")).isEqualTo("B17");
        assertThat(cell(rules, "FIT-ROLE-PRACTITIONER")).isEqualTo("B18");
        assertThat(cell(rules, "FIT-ROLE-STUDENT")).isEqualTo("B19");
        assertThat(rules.get("FIT-ROLE-STUDENT").get("reason")).isEqualTo(before.get("FIT-ROLE-STUDENT").get("reason"));

        JsonNode table = onlyChangedTable(api.get("/api/v1/rulesets/" + id + "/diff?against=1").json(200));
        assertThat(table.get("sheet").asString()).isEqualTo("Fit");
        assertThat(table.get("changedRows").isEmpty()).as("rows that only moved are not changed").isTrue();
        assertThat(table.get("removedRows").isEmpty()).isTrue();
        assertThat(table.get("columnChanges").isEmpty()).isTrue();
        assertThat(table.get("addedRows").size()).isOne();
        JsonNode added = table.get("addedRows").get(0);
        assertThat(added.get("ruleId").asString()).isEqualTo("FIT-ROLE-PARTNER");
        assertThat(added.get("ruleIdCell").asString()).isEqualTo("B15");
        assertThat(added.get("values").get("Match (0-100)").asString()).isEqualTo("90");
    }

    @Test
    void aDeletedRowIsGoneFromTheRulesAndTheDiffShowsItRemoved() {
        String sixteenDigitPhone = "Sixteen-digit phone on a plain lead: no verification for a LEAD";
        JsonNode version = api.uploaded(Map.of("basedOn", "1"),
                EditedWorkbook.shipped("DataQualityLists.drl.xlsx").deleteRow("FreeDomains", "DQ-FREE-AOL").file(),
                ScenarioFile.shipped().replaceInScenario(sixteenDigitPhone,
                        ",PHONE_INVALID; EMAIL_FREE_DOMAIN,DQ-PHONE_INVALID; DQ-FREE-AOL,",
                        ",PHONE_INVALID,DQ-PHONE_INVALID,").file());

        assertThat(version.get("lastTest").get("passed").asBoolean()).isTrue();
        String id = version.get("id").asString();
        Map<String, JsonNode> rules = rulesById(id);
        Map<String, JsonNode> before = rulesById("1");
        assertThat(before).containsKey("DQ-FREE-AOL");
        assertThat(rules).doesNotContainKey("DQ-FREE-AOL").hasSize(before.size() - 1);
        assertThat(cell(before, "DQ-FREE-ICLOUD")).isEqualTo("B20").isEqualTo(cell(rules, "DQ-FREE-ICLOUD"));
        assertThat(cell(before, "DQ-FREE-GMX")).isEqualTo("B22");
        assertThat(cell(rules, "DQ-FREE-GMX")).isEqualTo("B21");
        assertThat(cell(rules, "DQ-FREE-PROTONMAIL")).isEqualTo("B22");

        JsonNode diff = api.get("/api/v1/rulesets/" + id + "/diff").json(200);
        JsonNode table = onlyChangedTable(diff);
        assertThat(table.get("sheet").asString()).isEqualTo("FreeDomains");
        assertThat(table.get("addedRows").isEmpty()).isTrue();
        assertThat(table.get("changedRows").isEmpty()).isTrue();
        assertThat(table.get("removedRows").size()).isOne();
        JsonNode removed = table.get("removedRows").get(0);
        assertThat(removed.get("ruleId").asString()).isEqualTo("DQ-FREE-AOL");
        assertThat(removed.get("ruleIdCell").asString()).isEqualTo("B21");
        assertThat(removed.get("values").get("Email domain").asString()).isEqualTo("aol.com");
        assertThat(diff.get("summary").asString())
                .contains("DataQualityLists.drl.xlsx, sheet FreeDomains: 1 row removed (DQ-FREE-AOL)");
    }

    /** The rules of a version by Rule ID, from {@code GET /api/v1/rulesets/{id}/rules}. */
    private Map<String, JsonNode> rulesById(String id) {
        JsonNode answer = api.get("/api/v1/rulesets/" + id + "/rules").json(200);
        assertThat(answer.get("rulesetVersion").asString()).isEqualTo(id);
        Map<String, JsonNode> rules = new LinkedHashMap<>();
        answer.get("rules").forEach(rule -> rules.put(rule.get("ruleId").asString(), rule));
        return rules;
    }

    private static String cell(Map<String, JsonNode> rules, String ruleId) {
        return rules.get(ruleId).get("source").get("cell").asString();
    }

    /** The one table that changed, in the one workbook that changed. */
    private static JsonNode onlyChangedTable(JsonNode diff) {
        JsonNode workbooks = diff.get("changes").get("workbooks");
        assertThat(workbooks.size()).as("changed workbooks in %s", diff).isOne();
        assertThat(workbooks.get(0).get("addedTables").isEmpty()).isTrue();
        assertThat(workbooks.get(0).get("removedTables").isEmpty()).isTrue();
        assertThat(workbooks.get(0).get("changedTables").size()).as("changed tables in %s", diff).isOne();
        return workbooks.get(0).get("changedTables").get(0);
    }
}
