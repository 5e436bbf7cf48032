package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.DecisionTable;

/**
 * Writes the DRL of a model table: a package header, then one rule per row, each preceded by the marker
 * {@code // rule values at B14} that leads an explanation back to the row's Rule ID cell. Every value in it comes
 * from {@link Literals} or from a cell already checked against an allow-list (a Rule ID, a field name, a number).
 */
final class DrlWriter {

    private final StringBuilder drl = new StringBuilder();
    private final String group;

    DrlWriter(String ruleSet) {
        this.group = ruleSet.substring(ruleSet.indexOf('.') + 1);
        drl.append("// Written by LeadRules from the model table's visible cells; see the workbook for the values.\n")
                .append("package ").append(ruleSet).append(";\n\n")
                .append("import io.leadrules.rules.vocabulary.*;\n\n");
    }

    /**
     * @param when the conditions, one per line, each ending with a line break
     * @param then the consequence statements, one per line, each ending with a line break
     */
    DrlWriter rule(DecisionTable table, DecisionTable.Row row, String ruleId, String reason, int salience, String when,
                   String then) {
        drl.append("// rule values at ").append(table.cell(row, "RULE_ID")).append('\n')
                .append("rule \"").append(ruleId).append("\"\n")
                .append("    @reason(").append(Literals.string(reason == null ? "" : reason)).append(")\n")
                .append("    ruleflow-group \"").append(group).append("\"\n");
        if (salience != 0) {
            drl.append("    salience ").append(salience).append('\n');
        }
        drl.append("when\n").append(when).append("then\n").append(then).append("end\n\n");
        return this;
    }

    String drl() {
        return drl.toString();
    }

    static String rule() {
        return "drools.getRule().getName()";
    }
}
