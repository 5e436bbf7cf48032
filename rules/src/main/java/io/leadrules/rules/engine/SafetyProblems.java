package io.leadrules.rules.engine;

import io.leadrules.rules.safety.DrlViolation;
import java.util.Map;

/** Points a refused piece of rule code back at where a person wrote it: a DRL line, or a spreadsheet cell. */
final class SafetyProblems {

    private static final Map<DrlViolation.Part, String> SETTING_FOR = Map.of(DrlViolation.Part.IMPORT, "import",
            DrlViolation.Part.GLOBAL, "variables", DrlViolation.Part.FUNCTION, "functions",
            DrlViolation.Part.DECLARATION, "declare");

    private SafetyProblems() {
    }

    static CompileProblem locate(DrlUnit unit, DrlViolation violation) {
        int line = violation.line();
        if (!unit.isDecisionTable()) {
            return CompileProblem.atLine(unit.file(), line, violation.message());
        }
        return unit.spreadsheetRowAt(line).flatMap(unit::tableRow)
                .map(row -> inRow(unit, row, violation))
                .orElseGet(() -> inSettings(unit, violation));
    }

    private static CompileProblem inRow(DrlUnit unit, DrlUnit.TableRow tableRow, DrlViolation violation) {
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

    private static CompileProblem inSettings(DrlUnit unit, DrlViolation violation) {
        String setting = SETTING_FOR.get(violation.part());
        for (DecisionTable table : unit.tables()) {
            String cell = setting == null ? null : table.settingCells().get(setting);
            if (cell != null) {
                return CompileProblem.inCell(unit.file(), unit.sheet(), cell, violation.message());
            }
        }
        return CompileProblem.inSheet(unit.file(), unit.sheet(), violation.message());
    }
}
