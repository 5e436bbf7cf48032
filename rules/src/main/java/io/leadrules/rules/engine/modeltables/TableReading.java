package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.DecisionTable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the visible cells of a model table as typed values, each problem named at its cell in words a marketing
 * person can act on. A cell that does not read as its column's type gives no value and one problem.
 */
final class TableReading {

    static final Pattern RULE_ID = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029&&[^\\t]]");
    private static final int MAX_TEXT = 2_000;

    private final List<CompileProblem> problems;
    private final Parameters parameters;

    TableReading(List<CompileProblem> problems, Parameters parameters) {
        this.problems = problems;
        this.parameters = parameters;
    }

    List<CompileProblem> problems() {
        return problems;
    }

    /** The text of a cell; null when empty or not a single line of reasonable length (then a problem). */
    String text(DecisionTable table, DecisionTable.Row row, String role) {
        String value = table.value(row, role);
        if (value == null) {
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            return problem(table, row, role, CompileMessage.of("cell.controlCharacters",
                    start(value.lines().findFirst().orElse(""))));
        }
        if (value.length() > MAX_TEXT) {
            return problem(table, row, role, CompileMessage.of("cell.tooLong", value.length(), MAX_TEXT));
        }
        return value;
    }

    /** The first characters of a text quoted in a message: a cell may hold 32,767 of them. */
    private static String start(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40);
    }

    /**
     * A text the row needs: a problem when the cell is empty, saying what to write ({@code empty.<what>} in the
     * compile bundle, filled with {@code arguments}).
     */
    String required(DecisionTable table, DecisionTable.Row row, String role, String what, Object... arguments) {
        String value = text(table, row, role);
        if (value == null && table.value(row, role) == null) {
            problem(table, row, role, CompileMessage.of("empty." + what, arguments));
        }
        return value;
    }

    String ruleId(DecisionTable table, DecisionTable.Row row) {
        String id = required(table, row, "RULE_ID", "ruleId");
        if (id != null && !RULE_ID.matcher(id).matches()) {
            return problem(table, row, "RULE_ID", CompileMessage.of("cell.notRuleId", id));
        }
        return id;
    }

    /** A number, or the name of a number parameter; empty when the cell is empty or wrong (then a problem). */
    Optional<BigDecimal> number(DecisionTable table, DecisionTable.Row row, String role) {
        String value = text(table, row, role);
        return value == null ? Optional.empty() : number(value, table, row, role);
    }

    Optional<BigDecimal> number(String value, DecisionTable table, DecisionTable.Row row, String role) {
        String plain = value.trim();
        if (NUMBER.matcher(plain).matches()) {
            return Optional.of(new BigDecimal(plain));
        }
        Optional<Parameter> parameter = parameters.find(plain);
        if (parameter.isPresent() && parameter.get().type() == ParameterType.NUMBER) {
            return Optional.of(parameter.get().number());
        }
        problem(table, row, role, parameter.isPresent()
                ? CompileMessage.of("cell.parameterNotNumber", value, plain, parameter.get().type().word())
                : CompileMessage.of("cell.notNumberNorParameter", value));
        return Optional.empty();
    }

    /** The number a cell holds or names, without reporting a problem; empty when it holds none. */
    Optional<BigDecimal> peekNumber(DecisionTable table, DecisionTable.Row row, String role) {
        String value = table.value(row, role);
        if (value == null) {
            return Optional.empty();
        }
        return NUMBER.matcher(value).matches() ? Optional.of(new BigDecimal(value))
                : parameters.find(value).filter(p -> p.type() == ParameterType.NUMBER).map(Parameter::number);
    }

    /** A whole number (or a parameter holding one). */
    Optional<Integer> whole(DecisionTable table, DecisionTable.Row row, String role) {
        Optional<BigDecimal> number = number(table, row, role);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.get().intValueExact());
        } catch (ArithmeticException e) {
            boolean whole = number.get().stripTrailingZeros().scale() <= 0;
            problem(table, row, role, CompileMessage.of(whole ? "cell.tooFarFromZero" : "cell.notWhole",
                    number.get().toPlainString()));
            return Optional.empty();
        }
    }

    /** The comma-separated entries of a cell, trimmed, without empty ones. */
    List<String> list(DecisionTable table, DecisionTable.Row row, String role) {
        String value = text(table, row, role);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A problem at the row's cell of a role; null, for the callers that return what the cell would have given. */
    <T> T problem(DecisionTable table, DecisionTable.Row row, String role, CompileMessage message) {
        problems.add(CompileProblem.inCell(table.file(), table.sheet(), table.cell(row, role), message));
        return null;
    }

    static String where(DecisionTable table, DecisionTable.Row row, String role) {
        return table.file() + ", sheet " + table.sheet() + ", cell " + table.cell(row, role);
    }
}
