package io.leadrules.rules.diff;

import static io.leadrules.rules.diff.ShippedFiles.deleteRow;
import static io.leadrules.rules.diff.ShippedFiles.edited;
import static io.leadrules.rules.diff.ShippedFiles.insertRow;
import static io.leadrules.rules.diff.ShippedFiles.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.diff.ColumnChange.Kind;
import io.leadrules.rules.diff.DuplicateRuleId.Version;
import io.leadrules.rules.engine.RuleFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped spreadsheets edited as a person would, and the diff a reviewer sees. */
class ShippedSpreadsheetDiffTest {

    private static final String FIT = "ProfileFit.drl.xlsx";
    private static final String MATCH = "Match (0-100)";
    private static final String SNIPPET = "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));";

    @Test
    void aChangedNumberIsOneChangedRowWithOldAndNewCells() {
        TableDiff role = onlyChangedTable(edited(FIT, set("Role", "D15", 85)));

        assertThat(role).isEqualTo(new TableDiff("Role", "Role", List.of(), List.of(), List.of(), List.of(),
                List.of(new RowChange("FIT-ROLE-SENIOR", 15, 15,
                        List.of(new CellChange(MATCH, "D15", "80", "D15", "85"))))));
    }

    @Test
    void aRowInsertedAboveOthersIsOneAddedRowAndNothingElse() {
        TableDiff role = onlyChangedTable(edited(FIT,
                insertRow("Role", 15, "FIT-ROLE-HEAD", "head of", 90, "Heads of a function own a budget")));

        assertThat(role.addedRows()).containsExactly(new RowEntry("FIT-ROLE-HEAD", "B15", 15, Map.of(
                "Rule ID", "FIT-ROLE-HEAD", "Job title contains any of", "head of", MATCH, "90",
                "Reason", "Heads of a function own a budget")));
        assertThat(role.changedRows()).isEmpty();
        assertThat(role.removedRows()).isEmpty();
        assertThat(role.columnChanges()).isEmpty();
        assertThat(role.duplicateRuleIds()).isEmpty();
    }

    @Test
    void aDeletedRowIsOneRemovedRowWithItsCells() {
        TableDiff role = onlyChangedTable(edited(FIT, deleteRow("Role", 16)));

        assertThat(role).isEqualTo(new TableDiff("Role", "Role", List.of(), List.of(), List.of(),
                List.of(new RowEntry("FIT-ROLE-MANAGER", "B16", 16, Map.of("Rule ID", "FIT-ROLE-MANAGER",
                        "Job title contains any of", "manager, lead", MATCH, "60",
                        "Reason", "Managers influence the purchase"))),
                List.of()));
    }

    @Test
    void aChangedReasonIsAChangedCell() {
        RuleFile engagement = edited("EngagementPoints.drl.xlsx",
                set("Points", "F24", "Asked for a demo: call them today"));

        TableDiff points = onlyChangedTable(engagement);

        assertThat(points.sheet()).isEqualTo("Points");
        assertThat(points.changedRows()).containsExactly(new RowChange("ENG-DEMO_REQUESTED", 24, 24, List.of(
                new CellChange("Reason", "F24", "Asked for a demo: ready to talk to sales",
                        "F24", "Asked for a demo: call them today"))));
        assertThat(points.addedRows()).isEmpty();
        assertThat(points.removedRows()).isEmpty();
    }

    @Test
    void aRenamedHeaderIsATableLevelChangeAndNoRowChanges() {
        TableDiff role = onlyChangedTable(edited(FIT, set("Role", "D13", "Match (%)")));

        assertThat(role).isEqualTo(new TableDiff("Role", "Role",
                List.of(new ColumnChange(Kind.RENAMED, "Match (%)", "D", "D", MATCH, "Match (%)")),
                List.of(), List.of(), List.of(), List.of()));
        assertThat(role.columnChanges().get(0).describe())
                .isEqualTo("column D renamed: 'Match (0-100)' -> 'Match (%)'");
    }

    @Test
    void aBrokenSnippetIsAChangeOfTheTechnicalRow() {
        String broken = "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName())";

        TableDiff role = onlyChangedTable(edited(FIT, set("Role", "D12", broken)));

        assertThat(role.columnChanges()).containsExactly(
                new ColumnChange(Kind.SNIPPET_CHANGED, MATCH, "D", "D", SNIPPET, broken));
        assertThat(role.columnChanges().get(0).describe()).isEqualTo(
                "the technical row of column 'Match (0-100)' changed (snippet): " + SNIPPET + " -> " + broken);
        assertThat(role.changedRows()).isEmpty();
    }

    @Test
    void aDuplicateRuleIdIsReportedAndItsFirstRowIsCompared() {
        TableDiff role = onlyChangedTable(edited(FIT, set("Role", "B16", "FIT-ROLE-SENIOR")));

        assertThat(role.duplicateRuleIds()).containsExactly(
                new DuplicateRuleId(Version.OTHER, "FIT-ROLE-SENIOR", List.of("B15", "B16")));
        assertThat(role.duplicateRuleIds().get(0).describe())
                .isEqualTo("duplicate Rule ID FIT-ROLE-SENIOR in the other version (B15, B16)");
        assertThat(role.removedRows()).extracting(RowEntry::ruleId).containsExactly("FIT-ROLE-MANAGER");
        assertThat(role.changedRows()).isEmpty();
        assertThat(role.addedRows()).isEmpty();
    }

    @Test
    void theSummarySaysWhichRowsWereAddedAndWhatChanged() {
        RuleFile fit = edited(FIT, set("Role", "D15", 85)
                .andThen(insertRow("Role", 15, "FIT-ROLE-HEAD", "head of", 90, "Heads of a function own a budget")));

        assertThat(RuleSetDiff.between(ShippedFiles.all(), ShippedFiles.with(fit)).summary()).isEqualTo(
                "ProfileFit.drl.xlsx, sheet Role: 1 row added (FIT-ROLE-HEAD), 1 changed "
                        + "(FIT-ROLE-SENIOR: Match (0-100) 80 -> 85)");
    }

    @Test
    void aWorkbookSavedAgainWithoutEditsChangesBytesButNoTable() {
        RuleFile saved = edited(FIT, workbook -> { });

        RuleSetDiff diff = RuleSetDiff.between(ShippedFiles.all(), ShippedFiles.with(saved));

        assertThat(saved.content()).isNotEqualTo(ShippedFiles.file(FIT).content());
        assertThat(diff.changedFiles()).containsExactly(FIT);
        assertThat(diff.workbooks()).containsExactly(new WorkbookDiff(FIT, List.of(), List.of(), List.of()));
        assertThat(diff.summary())
                .isEqualTo("ProfileFit.drl.xlsx: changed, but not in the columns or rows of its decision tables");
    }

    private static TableDiff onlyChangedTable(RuleFile edited) {
        RuleSetDiff diff = RuleSetDiff.between(ShippedFiles.all(), ShippedFiles.with(edited));
        assertThat(diff.changedFiles()).containsExactly(edited.name());
        assertThat(diff.addedFiles()).isEmpty();
        assertThat(diff.removedFiles()).isEmpty();
        assertThat(diff.texts()).isEmpty();
        assertThat(diff.notes()).isEmpty();
        WorkbookDiff workbook = diff.workbooks().get(0);
        assertThat(workbook.addedTables()).isEmpty();
        assertThat(workbook.removedTables()).isEmpty();
        assertThat(workbook.changedTables()).hasSize(1);
        return workbook.changedTables().get(0);
    }
}
