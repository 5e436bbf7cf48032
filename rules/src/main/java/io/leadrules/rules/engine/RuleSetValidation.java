package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warnings about a rule set that compiles: table rows without a Rule ID or a Reason, a table without a Rule ID
 * column, rows whose conditions are exactly those of an earlier row (whenever one matches so does the other, so one
 * of them can never count on its own; rows without conditions are parameters that always apply), and DRL rules
 * without a sentence or a reason.
 */
final class RuleSetValidation {

    private RuleSetValidation() {
    }

    static List<ValidationWarning> of(List<DrlUnit> units) {
        List<ValidationWarning> warnings = new ArrayList<>();
        for (DrlUnit unit : units) {
            if (unit.isDecisionTable()) {
                unit.tables().forEach(table -> warnings.addAll(tableWarnings(table)));
            } else {
                warnings.addAll(drlWarnings(unit));
            }
        }
        return List.copyOf(warnings);
    }

    private static List<ValidationWarning> tableWarnings(DecisionTable table) {
        List<ValidationWarning> warnings = new ArrayList<>();
        Optional<DecisionTable.Column> idColumn = table.ruleIdColumn();
        if (idColumn.isEmpty()) {
            warnings.add(new ValidationWarning(table.file(), table.sheet(), null, null, null, "table '" + table.name()
                    + "' has no Rule ID column (NAME): Drools names its rules by row number, so inserting a row "
                    + "renames every rule below it"));
        }
        Map<List<String>, DecisionTable.Row> seen = new LinkedHashMap<>();
        for (DecisionTable.Row row : table.rows()) {
            String id = table.ruleId(row);
            String where = idColumn.map(c -> DecisionTable.cell(c, row)).orElse("A" + row.number());
            if (idColumn.isPresent() && id == null) {
                warnings.add(warning(table, where, null, "row " + row.number() + " has no Rule ID: give it a stable "
                        + "id that no other row has"));
            }
            table.reasonColumn().filter(c -> row.value(c) == null).ifPresent(c -> warnings.add(warning(table,
                    DecisionTable.cell(c, row), id, "row " + label(id, row) + " has no Reason: every point it gives "
                            + "is shown with its reason, so write why the row exists")));
            List<String> conditions = conditions(table, row);
            DecisionTable.Row earlier = conditions.stream().allMatch(String::isEmpty) ? null
                    : seen.putIfAbsent(conditions, row);
            if (earlier != null) {
                warnings.add(warning(table, where, id, "row " + label(id, row) + " has exactly the conditions of row "
                        + label(table.ruleId(earlier), earlier) + ": whenever one matches so does the other, so only "
                        + "one of them can ever count"));
            }
        }
        return warnings;
    }

    private static List<String> conditions(DecisionTable table, DecisionTable.Row row) {
        return table.columns().stream().filter(c -> c.keyword().equals("CONDITION"))
                .map(c -> row.value(c) == null ? "" : row.value(c).trim().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    private static List<ValidationWarning> drlWarnings(DrlUnit unit) {
        List<ValidationWarning> warnings = new ArrayList<>();
        for (RuleInfo rule : RuleCatalog.describeAll(unit)) {
            if (rule.name().trim().equals(rule.ruleId())) {
                warnings.add(new ValidationWarning(unit.file(), null, null, rule.source().line(), rule.ruleId(),
                        "rule '" + rule.ruleId() + "' has an id but no sentence: name it \"" + rule.ruleId()
                                + " <what it decides, in words>\" or give it a @reason"));
            }
        }
        return warnings;
    }

    private static ValidationWarning warning(DecisionTable table, String cell, String ruleId, String message) {
        return new ValidationWarning(table.file(), table.sheet(), cell, null, ruleId, message);
    }

    private static String label(String ruleId, DecisionTable.Row row) {
        return ruleId == null ? String.valueOf(row.number()) : row.number() + " (" + ruleId + ")";
    }
}
