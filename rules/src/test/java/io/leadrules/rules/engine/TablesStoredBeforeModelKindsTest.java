package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.engine.modeltables.ModelWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Before issue 9 every table outside the shipped kinds was a rule developer's Drools decision table, whatever its
 * name. The model kinds added since take names of their own in the shipped packages ({@code leadrules.fit} Fit,
 * {@code leadrules.engagement} ActivityPoints, ...), which such a table may well have had: a rule version stored then
 * must still compile as it did, or its decisions can no longer be replayed. A model table a person broke is still read
 * as its kind, so that what to mend is named as before.
 */
class TablesStoredBeforeModelKindsTest {

    @Test
    void aDeveloperTableNamedLikeAModelKindWithoutATemplateSettingStillCompilesAsADroolsTable() {
        RuleFile stored = new RuleFile("ExtraFit.drl.xlsx", droolsTable("Fit", "leadrules.fit", "fit").bytes());

        try (CompiledRuleSet rules = RuleSetCompiler.forStoredVersions().compile("3", List.of(stored))) {
            assertThat(rules.developerTables()).extracting(DecisionTable::name).containsExactly("Fit");
            assertThat(rules.catalog().byId("FIT-ROLE-BOARD")).get()
                    .satisfies(rule -> assertThat(rule.reason()).isEqualTo("Board members approve large deals"));
        }
    }

    @Test
    void anEngagementTableNamedActivityPointsWithoutATemplateSettingStillCompilesAsADroolsTable() {
        RuleFile stored = new RuleFile("Extra.drl.xlsx", droolsTable("ActivityPoints", "leadrules.engagement",
                "engagement").bytes());

        try (CompiledRuleSet rules = RuleSetCompiler.forStoredVersions().compile("3", List.of(stored))) {
            assertThat(rules.developerTables()).extracting(DecisionTable::name).containsExactly("ActivityPoints");
        }
    }

    @Test
    void aModelTableWhoseTemplateRowWasDeletedIsStillOfItsKindAndTheMissingSettingIsNamed() throws IOException {
        RuleFile withoutTemplate = withoutRow(new ModelWorkbook("ProfileFit.drl.xlsx").table("Fit", "Fit").file(),
                "Fit", 5);

        assertThatThrownBy(() -> RuleSetCompiler.forStoredVersions().compile("4", List.of(withoutTemplate)).close())
                .isInstanceOf(RuleSetCompilationException.class)
                .hasMessageContaining("ProfileFit.drl.xlsx, sheet Fit: the setting Template is missing");
    }

    /** The file with one row (zero-based) of a sheet removed, as a person deleting it would. */
    private static RuleFile withoutRow(RuleFile file, String sheet, int row) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet(sheet).removeRow(workbook.getSheet(sheet).getRow(row));
            workbook.write(out);
            return new RuleFile(file.name(), out.toByteArray());
        }
    }

    /** A table as a rule developer could upload it before issue 9: Drools keywords, object types and snippets. */
    private static TableWorkbook droolsTable(String name, String ruleSet, String group) {
        return new TableWorkbook().sheet(name, ruleSet, group,
                new String[] {"NAME", "CONDITION", "ACTION", "METADATA"},
                new String[] {"", "l : Lead", "", ""},
                new String[] {"", "Text.containsAnyWord(jobTitle, \"$param\")",
                        "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));", "reason(\"$param\")"},
                new String[] {"Rule ID", "Job title contains any of", "Match (0-100)", "Reason"},
                new Object[] {"FIT-ROLE-BOARD", "board member, chairman", 100, "Board members approve large deals"});
    }
}
