package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Spreadsheets broken the way people break them: a word in a number cell, a technical header cell or code cell
 * deleted, a whole column deleted, a sheet renamed. What cannot compile is a 422 that names the file, sheet and cell,
 * and nothing is stored; what compiles but changes results cannot go live.
 */
@RuleVersionServiceTest
class BrokenSpreadsheetTest {

    private static final String PROFILE_FIT = "ProfileFit.drl.xlsx";
    private static final String INVALID = "/problems/ruleset-invalid";
    private static final String NOT_A_NUMBER = "\"ten\" is not a number nor the name of a number parameter; write "
            + "digits with '.' for decimals, such as 30 or 2.5, without thousands separators";

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aWordInANumberCellIsRefusedNamingTheCellAndNothingIsStored() {
        EditedWorkbook workbook = EditedWorkbook.shipped(PROFILE_FIT)
                .set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", "ten");
        assertThat(workbook.cellOf("Fit", "FIT-ROLE-SENIOR", "Match (0-100)")).isEqualTo("G15");

        JsonNode problem = refusedWithNothingStored(workbook.file());

        assertThat(problem.get("cells").size()).isOne();
        JsonNode cell = problem.get("cells").get(0);
        assertThat(cell.get("file").asString()).isEqualTo(PROFILE_FIT);
        assertThat(cell.get("sheet").asString()).isEqualTo("Fit");
        assertThat(cell.get("cell").asString()).isEqualTo("G15");
        assertThat(cell.get("line").isNull()).isTrue();
        assertThat(cell.get("message").asString()).isEqualTo(NOT_A_NUMBER);
        assertThat(problem.get("detail").asString()).contains(
                "ProfileFit.drl.xlsx, sheet Fit, cell G15: " + NOT_A_NUMBER, "Nothing was stored");
    }

    @Test
    void aWordInANumberCellOfADecisionTableIsRefusedNamingTheCellAndNothingIsStored() {
        EditedWorkbook workbook = EditedWorkbook.shipped(PROFILE_FIT)
                .set("Grades", "FIT-GRADE-B", "Fit score at least", "ten");
        assertThat(workbook.cellOf("Grades", "FIT-GRADE-B", "Fit score at least")).isEqualTo("C15");

        JsonNode problem = refusedWithNothingStored(workbook.file());

        assertThat(problem.get("cells").size()).isOne();
        JsonNode cell = problem.get("cells").get(0);
        assertThat(cell.get("file").asString()).isEqualTo(PROFILE_FIT);
        assertThat(cell.get("sheet").asString()).isEqualTo("Grades");
        assertThat(cell.get("cell").asString()).isEqualTo("C15");
        assertThat(cell.get("line").isNull()).isTrue();
        assertThat(cell.get("message").asString()).isEqualTo("\"ten\" is not a number");
        assertThat(problem.get("detail").asString()).contains(
                "ProfileFit.drl.xlsx, sheet Grades, cell C15: \"ten\" is not a number", "Nothing was stored");
    }

    @Test
    void aDeletedKeywordCellIsRefusedAtThatCell() {
        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped(PROFILE_FIT)
                .clearCell("Grades", "E10").file());

        assertThat(problem.get("cells").valueStream()).singleElement().satisfies(cell -> {
            assertThat(cell.get("file").asString()).isEqualTo(PROFILE_FIT);
            assertThat(cell.get("sheet").asString()).isEqualTo("Grades");
            assertThat(cell.get("cell").asString()).isEqualTo("E10");
            assertThat(cell.get("message").asString()).contains("this cell must read 'ACTION', it is empty",
                    "copy it back from the shipped workbook ProfileFit.drl.xlsx");
        });
    }

    @Test
    void aDeletedCodeCellIsRefusedNamingItsColumn() {
        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped(PROFILE_FIT)
                .clearCell("Grades", "E12").file());

        assertThat(problem.get("cells").size()).isOne();
        JsonNode cell = problem.get("cells").get(0);
        assertThat(cell.get("file").asString()).isEqualTo(PROFILE_FIT);
        assertThat(cell.get("sheet").asString()).isEqualTo("Grades");
        assertThat(cell.get("cell").asString()).isEqualTo("E12");
        assertThat(cell.get("message").asString()).contains(
                "this cell must read 'insert(new Grade(\"$param\", drools.getRule().getName()));', it is empty");
    }

    @Test
    void aDeletedActionColumnIsRefusedAtTheTechnicalCellsThatMovedAndNothingIsStored() {
        JsonNode problem = refusedWithNothingStored(EditedWorkbook.shipped(PROFILE_FIT)
                .deleteColumn("Grades", "Grade").file());

        assertThat(problem.get("cells").valueStream()).allSatisfy(cell -> {
            assertThat(cell.get("file").asString()).isEqualTo(PROFILE_FIT);
            assertThat(cell.get("sheet").asString()).isEqualTo("Grades");
        });
        assertThat(problem.get("cells").valueStream()).anySatisfy(cell -> {
            assertThat(cell.get("cell").asString()).isEqualTo("E10");
            assertThat(cell.get("message").asString()).contains("this cell must read 'ACTION', not 'METADATA'");
        });
    }

    @Test
    void aRenamedSheetIsTheSameTableUnderItsNewName() {
        JsonNode version = api.uploaded(EditedWorkbook.shipped(PROFILE_FIT).renameSheet("Fit", "Who they are")
                .file());

        assertThat(version.get("lastTest").get("passed").asBoolean()).isTrue();
        JsonNode rules = api.get("/api/v1/rulesets/" + version.get("id").asString() + "/rules").json(200);
        assertThat(rules.get("rules").valueStream().filter(r -> r.get("ruleId").asString().startsWith("FIT-ROLE-")))
                .hasSize(5)
                .allSatisfy(rule -> assertThat(rule.get("source").get("sheet").asString()).isEqualTo("Who they are"));
        JsonNode diff = api.get("/api/v1/rulesets/" + version.get("id").asString() + "/diff").json(200);
        JsonNode workbook = diff.get("changes").get("workbooks").get(0);
        assertThat(workbook.get("removedTables").get(0).get("sheet").asString()).isEqualTo("Fit");
        assertThat(workbook.get("addedTables").get(0).get("sheet").asString()).isEqualTo("Who they are");
        assertThat(workbook.get("addedTables").get(0).get("table").asString()).isEqualTo("Fit");
    }

    /** Uploads, expects the 422, and checks that the versions and the active one are as before. */
    private JsonNode refusedWithNothingStored(UploadFile file) {
        List<String> versions = api.versionIds();
        JsonNode active = api.get("/api/v1/rulesets/active").json(200);

        JsonNode problem = api.upload(file).problem(422, INVALID);

        assertThat(api.versionIds()).isEqualTo(versions);
        JsonNode stillActive = api.get("/api/v1/rulesets/active").json(200);
        assertThat(stillActive.get("id")).isEqualTo(active.get("id"));
        assertThat(stillActive.get("contentHash")).isEqualTo(active.get("contentHash"));
        return problem;
    }
}
