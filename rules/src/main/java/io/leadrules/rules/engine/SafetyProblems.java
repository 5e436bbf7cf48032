package io.leadrules.rules.engine;

import java.util.Locale;
import java.util.Map;

/** Points a refused piece of rule code back at where a person wrote it: a DRL line, or a spreadsheet cell. */
final class SafetyProblems {

    private static final Map<String, String> SETTING_FOR = Map.of("import", "import", "global", "variables",
            "function", "functions", "declare", "declare");

    private SafetyProblems() {
    }

    static CompileProblem locate(DrlUnit unit, int line, RuleSafety.Violation violation) {
        if (!unit.isDecisionTable()) {
            return CompileProblem.atLine(unit.file(), line, violation.message());
        }
        return unit.spreadsheetRowAt(line).flatMap(unit::tableRow)
                .map(row -> inRow(unit, row, violation))
                .orElseGet(() -> inSettings(unit, violation));
    }

    private static CompileProblem inRow(DrlUnit unit, DrlUnit.TableRow tableRow, RuleSafety.Violation violation) {
        DecisionTable table = tableRow.table();
        for (DecisionTable.Column column : table.columns()) {
            String value = tableRow.row().value(column);
            if (value != null && value.contains(violation.token())) {
                return CompileProblem.inCell(unit.file(), unit.sheet(), DecisionTable.cell(column, tableRow.row()),
                        violation.message());
            }
        }
        for (DecisionTable.Column column : table.columns()) {
            if (column.snippet() != null && column.snippet().contains(violation.token())) {
                return CompileProblem.inCell(unit.file(), unit.sheet(), table.snippetCell(column),
                        violation.message());
            }
        }
        return CompileProblem.inSheet(unit.file(), unit.sheet(), violation.message());
    }

    private static CompileProblem inSettings(DrlUnit unit, RuleSafety.Violation violation) {
        for (DecisionTable table : unit.tables()) {
            for (Map.Entry<String, String> setting : SETTING_FOR.entrySet()) {
                String cell = table.settingCells().get(setting.getValue());
                if (cell != null && violation.message().toLowerCase(Locale.ROOT).contains(setting.getKey())) {
                    return CompileProblem.inCell(unit.file(), unit.sheet(), cell, violation.message());
                }
            }
        }
        return CompileProblem.inSheet(unit.file(), unit.sheet(), violation.message());
    }
}
