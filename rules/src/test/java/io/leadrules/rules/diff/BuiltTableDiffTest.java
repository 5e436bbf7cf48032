package io.leadrules.rules.diff;

import io.leadrules.rules.engine.TableWorkbook;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.diff.ColumnChange.Kind;
import io.leadrules.rules.engine.RuleFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shapes the shipped spreadsheets do not have: rows without a Rule ID, a column inserted, tables added. */
class BuiltTableDiffTest {

    private static final String FILE = "Fit.drl.xlsx";
    private static final String[] KEYWORDS = {"NAME", "CONDITION", "CONDITION", "ACTION", "METADATA"};
    private static final String[] OBJECTS = {"", "l : Lead", "l : Lead", "", ""};
    private static final String[] SNIPPETS = {"", "Text.containsAnyWord(jobTitle, \"$param\")", "companySize >= $param",
            "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));", "reason(\"$param\")"};
    private static final String[] HEADERS = {"Rule ID", "Job title contains any of", "Employees at least",
            "Match (0-100)", "Reason"};

    @Test
    void rowsWithoutARuleIdAreMatchedByTheirWholeContent() {
        RuleFile base = file(TableWorkbook.roleTable(
                new Object[] {"", "manager", 60, "Managers"}, new Object[] {"", "director", 80, "Directors"}));
        RuleFile other = file(TableWorkbook.roleTable(
                new Object[] {"", "director", 80, "Directors"}, new Object[] {"", "manager", 65, "Managers"}));

        RuleSetDiff diff = RuleSetDiff.between(List.of(base), List.of(other));

        assertThat(onlyTable(diff)).isEqualTo(new TableDiff("Role", "Role", List.of(), List.of(),
                List.of(new RowEntry(null, "B12", 12,
                        Map.of("Job title contains any of", "manager", "Match (0-100)", "65", "Reason", "Managers"))),
                List.of(new RowEntry(null, "B11", 11,
                        Map.of("Job title contains any of", "manager", "Match (0-100)", "60", "Reason", "Managers"))),
                List.of()));
        assertThat(diff.summary()).isEqualTo("Fit.drl.xlsx, sheet Role: 1 row added (row 12), 1 removed (row 11)");
    }

    @Test
    void anInsertedColumnIsAddedAndOnlyRowsWithAValueInItChange() {
        RuleFile base = file(TableWorkbook.roleTable(
                new Object[] {"FIT-A", "director", 80, "Directors"},
                new Object[] {"FIT-B", "manager", 60, "Managers"}));
        RuleFile other = file(withEmployees(new TableWorkbook(), "Role",
                new Object[] {"FIT-A", "director", "", 80, "Directors"},
                new Object[] {"FIT-B", "manager", 50, 60, "Managers"}));

        TableDiff added = onlyTable(RuleSetDiff.between(List.of(base), List.of(other)));
        TableDiff removed = onlyTable(RuleSetDiff.between(List.of(other), List.of(base)));

        assertThat(added).isEqualTo(new TableDiff("Role", "Role",
                List.of(new ColumnChange(Kind.ADDED, "Employees at least", null, "D", null, null)), List.of(),
                List.of(), List.of(), List.of(new RowChange("FIT-B", 12, 12,
                        List.of(new CellChange("Employees at least", null, null, "D12", "50"))))));
        assertThat(removed.columnChanges()).containsExactly(
                new ColumnChange(Kind.REMOVED, "Employees at least", "D", null, null, null));
        assertThat(removed.changedRows()).containsExactly(new RowChange("FIT-B", 12, 12,
                List.of(new CellChange("Employees at least", "D12", "50", null, null))));
    }

    @Test
    void tablesAreAddedAndRemovedBySheetAndName() {
        Object[] row = {"FIT-A", "director", 10, 80, "Directors"};
        RuleFile base = file(withEmployees(withEmployees(new TableWorkbook(), "Role", row), "Size", row));
        RuleFile other = file(withEmployees(withEmployees(new TableWorkbook(), "Role", row), "Seniority", row));

        RuleSetDiff diff = RuleSetDiff.between(List.of(base), List.of(other));

        assertThat(diff.workbooks()).containsExactly(new WorkbookDiff(FILE,
                List.of(new TableName("Seniority", "Seniority")), List.of(new TableName("Size", "Size")), List.of()));
        assertThat(diff.summary()).isEqualTo(
                "Fit.drl.xlsx, sheet Seniority: table added\nFit.drl.xlsx, sheet Size: table removed");
    }

    private static TableWorkbook withEmployees(TableWorkbook workbook, String sheet, Object[]... rows) {
        return workbook.sheet(sheet, "leadrules.fit", "fit", KEYWORDS, OBJECTS, SNIPPETS, HEADERS, rows);
    }

    private static RuleFile file(TableWorkbook workbook) {
        return new RuleFile(FILE, workbook.bytes());
    }

    private static TableDiff onlyTable(RuleSetDiff diff) {
        assertThat(diff.workbooks()).hasSize(1);
        assertThat(diff.workbooks().get(0).changedTables()).hasSize(1);
        return diff.workbooks().get(0).changedTables().get(0);
    }
}
