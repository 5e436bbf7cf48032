package io.leadrules.rules.model;

import java.util.List;

/**
 * One kind of decision table the product ships ({@code ProfileFit} sheet {@code Role}, ...), identified by its
 * RuleSet package and RuleTable name, with the technical part every table of the kind must carry.
 *
 * @param workbook the shipped workbook that holds the table, to copy the technical rows back from
 */
public record TableKind(String workbook, String ruleSet, String ruleflowGroup, String tableName,
                        List<ColumnTemplate> columns) {

    /** The vocabulary every shipped table imports, and nothing else. */
    public static final String IMPORT = "io.leadrules.rules.vocabulary.*";

    public TableKind {
        columns = List.copyOf(columns);
    }

    /** The settings rows the sheet must hold, in order, label and value; no other setting is allowed. */
    public List<Setting> settings() {
        return List.of(new Setting("RuleSet", ruleSet), new Setting("Import", IMPORT),
                new Setting("RULEFLOW-GROUP", ruleflowGroup));
    }

    /** What the RuleTable cell reads. */
    public String ruleTableCell() {
        return "RuleTable " + tableName;
    }

    /** "ProfileFit.drl.xlsx, table Role": how problems name the kind. */
    public String describe() {
        return workbook + ", table " + tableName;
    }

    /** A setting row: a label (RuleSet, Import, ...) and its value in the cell to its right. */
    public record Setting(String label, String value) {
    }
}
