package io.leadrules.rules.model;

import java.util.List;

/**
 * One kind of decision table the product ships ({@code ProfileFit} sheet {@code Role}, ...), identified by its
 * RuleSet package and RuleTable name, with the technical part every table of the kind must carry.
 *
 * <p>Two families of kinds: <em>decision-table kinds</em> ({@code template} 0), whose technical rows hold Drools
 * snippets that Drools' spreadsheet compiler turns into rules, kept so that every version stored before the model
 * tables still compiles; and <em>model kinds</em> ({@code template} 1 or more), whose technical rows name only the
 * role of each column: LeadRules writes their rules itself, with every cell as a checked, typed value, so nothing a
 * person types is code (see {@code io.leadrules.rules.engine.ModelDrl}).
 *
 * @param workbook the shipped workbook that holds the table, to copy the technical rows back from
 * @param template the version of a model kind's template, which its sheet names in its Template setting; 0 for a
 *                 decision-table kind
 */
public record TableKind(String workbook, String ruleSet, String ruleflowGroup, String tableName,
                        List<ColumnTemplate> columns, int template) {

    /** The vocabulary every shipped table imports, and nothing else. */
    public static final String IMPORT = "io.leadrules.rules.vocabulary.*";

    public TableKind {
        columns = List.copyOf(columns);
    }

    /** The settings rows the sheet must hold, in order, label and value; no other setting is allowed. */
    public List<Setting> settings() {
        if (isModel()) {
            return List.of(new Setting("RuleSet", ruleSet), new Setting("Template", Integer.toString(template)));
        }
        return List.of(new Setting("RuleSet", ruleSet), new Setting("Import", IMPORT),
                new Setting("RULEFLOW-GROUP", ruleflowGroup));
    }

    /** True for a model kind, whose rules LeadRules writes from the visible cells. */
    public boolean isModel() {
        return template > 0;
    }

    /** The column that plays the role (a model kind's keyword row names each column's role). */
    public java.util.Optional<ColumnTemplate> column(String role) {
        return columns.stream().filter(c -> c.keyword().equals(role)).findFirst();
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
