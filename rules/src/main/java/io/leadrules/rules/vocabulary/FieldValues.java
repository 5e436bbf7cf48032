package io.leadrules.rules.vocabulary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** How a field's value reads as text, a number, a day or yes/no, whatever type it was sent as. */
final class FieldValues {

    private static final Set<String> YES = Set.of("yes", "true", "y", "1", "si", "sí");
    private static final Set<String> NO = Set.of("no", "false", "n", "0");

    private FieldValues() {
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return new BigDecimal(text.trim()).doubleValue();
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    static double day(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return Double.NaN;
        }
        String trimmed = text.trim();
        try {
            return trimmed.length() <= 10 ? LocalDate.parse(trimmed).toEpochDay()
                    : Instant.parse(trimmed).atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    static boolean inRange(double value, double from, double to) {
        return !Double.isNaN(value) && value >= from && value < to;
    }

    static boolean yes(Object value) {
        return value instanceof Boolean b ? b : value != null && YES.contains(lower(value));
    }

    static boolean no(Object value) {
        return value instanceof Boolean b ? !b : value != null && NO.contains(lower(value));
    }

    static boolean given(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    private static String lower(Object value) {
        return text(value).trim().toLowerCase(Locale.ROOT);
    }
}
