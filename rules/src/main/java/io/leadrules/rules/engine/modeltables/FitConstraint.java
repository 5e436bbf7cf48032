package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.model.AttributeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The condition a Fit row puts on the lead, from its Field, Test and Values cells: {@code Text.isOneOf(text("industry"),
 * "SOFTWARE, FINANCE")}, {@code inRange("companySize", 200.0, 1000.0)}. Numbers and days of an
 * absent field are in no range, so a "between" test is false for a lead without the field.
 */
final class FitConstraint {

    private final TableReading cells;
    private final DecisionTable table;
    private final DecisionTable.Row row;
    private Range range;

    FitConstraint(TableReading cells, DecisionTable table, DecisionTable.Row row) {
        this.cells = cells;
        this.table = table;
        this.row = row;
    }

    /** The band a "between" row tests, once {@link #write} has read it; null for the other tests. */
    Range range() {
        return range;
    }

    Optional<String> write(Field field) {
        String testWords = cells.required(table, row, "TEST", "test", FitTest.all());
        Optional<FitTest> test = testWords == null ? Optional.empty() : FitTest.fromWords(testWords);
        if (testWords != null && test.isEmpty()) {
            cells.problem(table, row, "TEST", CompileMessage.of("fit.badTest", testWords, FitTest.all()));
        }
        String values = cells.text(table, row, "VALUES");
        if (test.isEmpty() || !fits(field, test.get(), values)) {
            return Optional.empty();
        }
        String name = Literals.string(field.name());
        return switch (test.get()) {
            case IS_ONE_OF -> Optional.of("Text.isOneOf(text(" + name + "), " + Literals.string(values) + ")");
            case IS_NOT_ONE_OF -> Optional.of("given(" + name + "), !Text.isOneOf(text(" + name + "), "
                    + Literals.string(values) + ")");
            case CONTAINS_WORDS -> Optional.of("Text.containsAnyWord(text(" + name + "), " + Literals.string(values)
                    + ")");
            case BETWEEN -> between(field, values);
            case IS_YES -> Optional.of("yes(" + name + ")");
            case IS_NO -> Optional.of("no(" + name + ")");
            case IS_EMPTY -> Optional.of("!given(" + name + ")");
            case IS_GIVEN -> Optional.of("given(" + name + ")");
        };
    }

    /** Whether the test fits the field and the values; a Values cell already reported as wrong is not "empty". */
    private boolean fits(Field field, FitTest test, String values) {
        if (test.needsValues() && values == null) {
            return table.value(row, "VALUES") == null && cells.problem(table, row, "VALUES",
                    CompileMessage.of("fit.valuesNeeded", test.words())) != null;
        }
        if (!test.needsValues() && values != null) {
            return cells.problem(table, row, "VALUES", CompileMessage.of("fit.noValues", test.words())) != null;
        }
        boolean ordered = field.type() == AttributeType.NUMBER || field.type() == AttributeType.DATE;
        if (test == FitTest.BETWEEN && !ordered) {
            return cells.problem(table, row, "TEST", CompileMessage.of("fit.betweenNotOrdered", field.name(),
                    field.type().word())) != null;
        }
        boolean yesNo = test == FitTest.IS_YES || test == FitTest.IS_NO;
        if (yesNo && field.type() != AttributeType.YES_NO) {
            return cells.problem(table, row, "TEST", CompileMessage.of("fit.yesNoOnly", test.words(), field.name(),
                    field.type().word())) != null;
        }
        return true;
    }

    /** "200..1000", "200..", "..1000": from the first value (included) up to the second (not included). */
    private Optional<String> between(Field field, String values) {
        int dots = values.indexOf("..");
        if (dots < 0 || values.indexOf("..", dots + 2) >= 0 || values.replace("..", "").isBlank()) {
            return Optional.ofNullable(cells.problem(table, row, "VALUES", CompileMessage.of("fit.notRange", values)));
        }
        String test = field.type() == AttributeType.DATE ? "dayInRange(" : "inRange(";
        String open = "1.0E300";
        Optional<String> from = bound(field, values.substring(0, dots).trim());
        Optional<String> to = bound(field, values.substring(dots + 2).trim());
        if (from == null || to == null) {
            return Optional.empty();
        }
        range = new Range(from.map(FitConstraint::value).orElse(null), to.map(FitConstraint::value).orElse(null));
        return Optional.of(test + Literals.string(field.name()) + ", " + from.orElse("-" + open) + ", "
                + to.orElse(open) + ")");
    }

    private static BigDecimal value(String literal) {
        return new BigDecimal(literal);
    }

    /** The literal of one bound; empty for an open end; null when it is not a number or date (then a problem). */
    private Optional<String> bound(Field field, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (field.type() == AttributeType.DATE) {
            return AttributeDeclaration.isDate(value)
                    ? Optional.of(Long.toString(LocalDate.parse(value).toEpochDay()) + ".0")
                    : cells.problem(table, row, "VALUES", CompileMessage.of("fit.notDate", value));
        }
        Optional<BigDecimal> number = cells.number(value, table, row, "VALUES");
        return number.isEmpty() ? null : Optional.of(Literals.number(number.get()) + (number.get().scale() > 0
                || number.get().stripTrailingZeros().scale() > 0 ? "" : ".0"));
    }
}
