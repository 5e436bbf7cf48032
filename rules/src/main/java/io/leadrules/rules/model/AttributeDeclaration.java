package io.leadrules.rules.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An attribute a rule version declares in its Attributes table: its name, type, the values it may take (text only;
 * empty for any) and what it means. Requests are checked against the declarations of the version that is active
 * when they arrive.
 *
 * @param source where it is declared ("Model.drl.xlsx, sheet Attributes, cell B14"), for messages
 */
public record AttributeDeclaration(String name, AttributeType type, List<String> allowedValues, String description,
                                   String source) {

    /** lowerCamel, starting with a letter, at most 64 characters. */
    public static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    public AttributeDeclaration {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    /**
     * Why the value (as parsed from JSON: a String, a Number or a Boolean) does not fit this declaration, in words a
     * client can act on; empty when it fits. A null value always fits: it means "not known".
     */
    public Optional<String> problem(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (type) {
            case TEXT -> value instanceof String text ? allowed(text) : expected("a text");
            case NUMBER -> value instanceof Number ? Optional.empty() : expected("a number");
            case YES_NO -> value instanceof Boolean ? Optional.empty() : expected("true or false");
            case DATE -> value instanceof String text && isDate(text) ? Optional.empty()
                    : expected("a date written YYYY-MM-DD");
        };
    }

    private Optional<String> allowed(String text) {
        if (allowedValues.isEmpty() || allowedValues.stream().anyMatch(v -> v.equalsIgnoreCase(text.trim()))) {
            return Optional.empty();
        }
        return Optional.of("'" + text + "' is not one of the values declared for " + name + ": "
                + String.join(", ", allowedValues));
    }

    private Optional<String> expected(String what) {
        return Optional.of(name + " is declared as " + type.word() + ": send " + what);
    }

    /** True for an ISO calendar date such as 2026-03-31. */
    public static boolean isDate(String text) {
        try {
            LocalDate.parse(text.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
