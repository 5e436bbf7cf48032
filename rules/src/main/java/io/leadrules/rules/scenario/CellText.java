package io.leadrules.rules.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Typed values read from the text of one cell; a {@link RowProblem} naming the column when the text is not one. */
final class CellText {

    /** The word that means "must be null or empty" in an expectation column. */
    static final String NONE = "none";

    private CellText() {
    }

    static boolean isNone(String text) {
        return text.equalsIgnoreCase(NONE);
    }

    /** yes/no (also y/n, true/false, 1/0, ignoring case); {@code blank} when the cell is empty. */
    static boolean yesNo(ScenarioColumn column, String text, boolean blank) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "" -> blank;
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> throw new RowProblem(column, "'" + text + "' is not yes or no");
        };
    }

    static Integer wholeNumber(ScenarioColumn column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new RowProblem(column, "'" + text + "' is not a whole number");
        }
    }

    static BigDecimal decimal(ScenarioColumn column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RowProblem(column, "'" + text + "' is not a number (write 12000000, without separators)");
        }
    }

    static Instant instant(ScenarioColumn column, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RowProblem(column, "'" + text + "' is not an instant like 2026-01-15T12:00:00Z");
        }
    }

    /** The non-blank entries of a {@code ;}-separated list, trimmed. */
    static List<String> list(String text) {
        return Arrays.stream(text.split(";")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
    }
}
