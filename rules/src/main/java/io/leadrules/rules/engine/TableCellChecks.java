package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks each cell of a decision table against how its column uses it, before Drools sees it, so that a mistake
 * is reported as "cell D14: "ten" is not a number" rather than as a Java compiler error in generated code.
 */
final class TableCellChecks {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

    private TableCellChecks() {
    }

    static List<CompileProblem> check(DecisionTable table) {
        List<CompileProblem> problems = new ArrayList<>();
        problems.addAll(checkColumns(table));
        for (DecisionTable.Row row : table.rows()) {
            for (DecisionTable.Column column : table.columns()) {
                String value = row.value(column);
                if (value != null) {
                    problem(column, value.trim()).ifPresent(message -> problems.add(CompileProblem.inCell(
                            table.file(), table.sheet(), DecisionTable.cell(column, row), message)));
                }
            }
        }
        return problems;
    }

    private static List<CompileProblem> checkColumns(DecisionTable table) {
        List<CompileProblem> problems = new ArrayList<>();
        if (!table.rows().isEmpty() && table.columns().stream().noneMatch(c -> c.keyword().equals("ACTION"))) {
            problems.add(CompileProblem.inSheet(table.file(), table.sheet(), "table '" + table.name() + "' has no "
                    + "column that says what a row does (points, a value, a result: an ACTION column), so its rows "
                    + "would do nothing; a column is missing: copy it back from the shipped table"));
        }
        for (DecisionTable.Column column : table.columns()) {
            boolean needsSnippet = column.keyword().equals("CONDITION") || column.keyword().equals("ACTION");
            if (needsSnippet && column.snippet() == null && !table.rows().isEmpty()
                    && table.rows().stream().anyMatch(r -> r.value(column) != null)) {
                problems.add(CompileProblem.inSheet(table.file(), table.sheet(), "column '" + label(column)
                        + "' (" + column.letter() + ") has no code in its technical row; copy it from the shipped table"));
            }
        }
        return problems;
    }

    private static java.util.Optional<String> problem(DecisionTable.Column column, String value) {
        if (column.expectsNumber() && !column.expectsText() && !NUMBER.matcher(value).matches()) {
            return java.util.Optional.of("\"" + value + "\" is not a number");
        }
        if (column.expectsText() && (value.contains("\"") || value.contains("\\"))) {
            return java.util.Optional.of("\"" + value + "\": remove the double quote (\") or backslash (\\)");
        }
        if ((column.expectsText() || column.expectsNumber()) && (value.contains("\n") || value.contains("\r"))) {
            return java.util.Optional.of("\"" + value.lines().findFirst().orElse("") + "...\": put it on one line");
        }
        return java.util.Optional.empty();
    }

    private static String label(DecisionTable.Column column) {
        return column.header() != null ? column.header() : column.keyword();
    }
}
