package io.leadrules.rules.model;

import static io.leadrules.rules.model.ShippedWorkbook.edited;
import static io.leadrules.rules.model.ShippedWorkbook.formula;
import static io.leadrules.rules.model.ShippedWorkbook.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.defaults.LegacyRuleSet;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.DecisionTableWorkbook;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompilationException;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The technical rows of a shipped table kind are the product's code: an uploaded copy whose technical part differs
 * from the kind's template is refused at the cell that differs, before Drools reads anything.
 */
class TechnicalRowsTest {

    private static final String FIT = "ProfileFit.drl.xlsx";

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @Test
    void everyTableOfTheShippedWorkbooksIsAKnownKindWithItsTemplate() {
        List<DecisionTable> tables = tables(DefaultRuleSet.files());

        assertThat(tables).noneMatch(DecisionTable::isDeveloperTable);
        assertThat(tables).filteredOn(DecisionTable::isModelTable).extracting(t -> t.kind().orElseThrow().tableName())
                .containsExactlyInAnyOrderElementsOf(TableKinds.all().stream().filter(TableKind::isModel)
                        .map(TableKind::tableName).toList());
        assertThat(DefaultRuleSet.files().stream().filter(RuleFile::isDecisionTable)
                .flatMap(f -> DecisionTableWorkbook.open(f).problems().stream())).isEmpty();
    }

    @Test
    void theRuleSetShippedBeforeTheModelTablesHoldsEveryDecisionTableKind() {
        List<DecisionTable> tables = tables(LegacyRuleSet.files());
        List<TableKind> decisionTableKinds = TableKinds.all().stream().filter(k -> !k.isModel()).toList();

        assertThat(tables).hasSize(decisionTableKinds.size()).noneMatch(DecisionTable::isDeveloperTable);
        assertThat(tables).extracting(t -> t.kind().orElseThrow().tableName())
                .containsExactlyInAnyOrderElementsOf(decisionTableKinds.stream().map(TableKind::tableName).toList());
        assertThat(LegacyRuleSet.files().stream().filter(RuleFile::isDecisionTable)
                .flatMap(f -> DecisionTableWorkbook.open(f).problems().stream())).isEmpty();
    }

    private static List<DecisionTable> tables(List<RuleFile> files) {
        return files.stream().filter(RuleFile::isDecisionTable)
                .flatMap(f -> DecisionTableWorkbook.open(f).tables().stream()).toList();
    }

    @Test
    void codeInAnActionSnippetIsRefusedAtThatCell() {
        assertRefusedAt(set("Role", "D12", "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName())); "
                + "System.exit(0);"), "Role", "D12", "must read 'insert(new FitMatch(\"ROLE\", $param, "
                + "drools.getRule().getName()));'");
    }

    @Test
    void codeInTheImportCellIsRefusedAtThatCell() {
        assertRefusedAt(set("Industry", "B6", "io.leadrules.rules.vocabulary.*; import java.lang.System"),
                "Industry", "B6", "must read 'io.leadrules.rules.vocabulary.*'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Functions", "Variables", "Queries", "Declare", "EscapeQuotes"})
    void anExtraSettingRowIsRefusedAtItsLabel(String setting) {
        assertRefusedAt(set("Source", "A8", setting).andThen(set("Source", "B8", "void boom() { System.exit(0); }")),
                "Source", "A8", "'" + setting + "', which a table of kind ProfileFit.drl.xlsx, table Source does not have");
    }

    @Test
    void aSettingBelowTheTableIsASettingToo() {
        assertRefusedAt(set("Source", "A40", "Functions").andThen(set("Source", "C40", "void boom() { }")),
                "Source", "A40", "does not have");
    }

    @Test
    void aChangedObjectTypeIsRefusedAtThatCell() {
        assertRefusedAt(set("Role", "C11", "l : Lead(eval(System.exit(0) == null))"), "Role", "C11",
                "must read 'l : Lead'");
    }

    @Test
    void anUnmergedObjectTypeIsRefusedAtThatCell() {
        Consumer<XSSFWorkbook> unmerge = workbook -> {
            var sheet = workbook.getSheet("CompanySize");
            for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
                if (sheet.getMergedRegion(i).formatAsString().equals("C11:D11")) {
                    sheet.removeMergedRegion(i);
                }
            }
        };
        assertRefusedAt(unmerge, "CompanySize", "C11", "must span C11:D11");
    }

    @Test
    void anExtraColumnInTheTechnicalRowsIsRefused() {
        assertRefusedAt(set("Role", "F10", "ACTION").andThen(set("Role", "F12", "System.exit(0);")), "Role", "F10",
                "must read nothing");
    }

    @Test
    void aFormulaInADataCellIsRefusedWhateverItsCachedValue() {
        assertRefusedAt(formula("Role", "D14", "IF(TRUE,50,\"1); System.exit(0); (\")", 50), "Role", "D14",
                "a formula is not allowed in a rule table: type the value itself");
    }

    @Test
    void aFormulaInATitleCellOfATableSheetIsRefusedToo() {
        assertRefusedAt(formula("Role", "B1", "1+1", 2), "Role", "B1", "a formula is not allowed");
    }

    @Test
    void aRuleIdWithAQuoteIsRefusedAtItsCell() {
        assertRefusedAt(set("Role", "B14", "FIT-ROLE\" salience 10 when then System.exit(0); end rule \"X"), "Role",
                "B14", "is not a Rule ID");
    }

    @Test
    void aNumberCellHoldingCodeIsRefusedAtItsCell() {
        assertRefusedAt(set("Role", "D14", "1); System.exit(0); ("), "Role", "D14", "is not a number");
    }

    @Test
    void aValueOnTwoLinesIsRefusedAtItsCell() {
        assertRefusedAt(set("Industry", "C14", "SOFTWARE\")) then System.exit(0); end\nrule \"x"), "Industry", "C14",
                "put it on one line");
    }

    private void assertRefusedAt(Consumer<XSSFWorkbook> edit, String sheet, String cell, String message) {
        List<RuleFile> files = edited(FIT, edit);
        RuleSetCompilationException refused = catchThrowableOfType(RuleSetCompilationException.class,
                () -> compiler.compile("hostile", files).close());

        assertThat(refused).as("the edited rule set must be refused").isNotNull();
        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(FIT);
            assertThat(problem.sheet()).isEqualTo(sheet);
            assertThat(problem.cell()).isEqualTo(cell);
            assertThat(problem.message()).contains(message);
        });
        assertThat(refused.problems()).extracting(CompileProblem::describe).allMatch(d -> d.contains(", cell "));
    }
}
