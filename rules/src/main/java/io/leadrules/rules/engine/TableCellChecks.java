package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks each cell of a decision table against how its column uses it, before Drools sees it, so that a mistake
 * is reported as "cell D14: "ten" is not a number" rather than as a Java compiler error in generated code.
 */
final class TableCellChecks {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    /** "1,000", "1.000.000", "1 000", "1'000", "2,5": digits grouped or split by a sign whose meaning is the language's. */
    private static final Pattern LOCALE_NUMBER = Pattern.compile("-?\\d+([,.'\\s\\u00A0\\u202F]\\d+)+");
    private static final Pattern RULE_ID = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029&&[^\\t]]");

    private TableCellChecks() {
    }

    static List<CompileProblem> check(DecisionTable table) {
        List<CompileProblem> problems = new ArrayList<>();
        problems.addAll(checkColumns(table));
        for (DecisionTable.Row row : table.rows()) {
            for (DecisionTable.Column column : table.columns()) {
                String value = row.value(column);
                if (value != null && !table.isLanguageColumn(column)) {
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
            problems.add(CompileProblem.inSheet(table.file(), table.sheet(),
                    CompileMessage.of("table.noAction", table.name())));
        }
        for (DecisionTable.Column column : table.columns()) {
            boolean needsSnippet = column.keyword().equals("CONDITION") || column.keyword().equals("ACTION");
            if (needsSnippet && column.snippet() == null && !table.rows().isEmpty()
                    && table.rows().stream().anyMatch(r -> r.value(column) != null)) {
                problems.add(CompileProblem.inSheet(table.file(), table.sheet(),
                        CompileMessage.of("column.noCode", label(column), column.letter())));
            }
        }
        return problems;
    }

    /**
     * A value is checked as a value: a Rule ID on an allow-list, a number as a number wherever the snippet puts the
     * value outside quotes, and nothing on a second line. Double quotes and backslashes in text are allowed: they are
     * escaped when the table becomes DRL (see {@link RuleSheet}), so a text can never end its string literal.
     */
    private static Optional<CompileMessage> problem(DecisionTable.Column column, String value) {
        if (column.keyword().equals("NAME") && !RULE_ID.matcher(value).matches()) {
            return Optional.of(CompileMessage.of("cell.notRuleId", firstLine(value)));
        }
        if (CONTROL.matcher(value).find()) {
            return Optional.of(CompileMessage.of("cell.controlCharacters", firstLine(value)));
        }
        if (column.expectsNumber() && !NUMBER.matcher(value).matches()) {
            return Optional.of(CompileMessage.of(LOCALE_NUMBER.matcher(value).matches() ? "cell.localeNumber"
                    : "cell.notNumber", value));
        }
        return Optional.empty();
    }

    private static String firstLine(String value) {
        return value.lines().findFirst().orElse("");
    }

    private static String label(DecisionTable.Column column) {
        return column.header() != null ? column.header() : column.keyword();
    }
}
