package io.leadrules.rules.model;

/**
 * The technical cells of one column of a table kind: the keyword (NAME, CONDITION, ACTION, METADATA), the object
 * type written above it, and the snippet its values are put into.
 *
 * @param objectType the pattern ({@code l : Lead}) starting at this column, or null when there is none or the
 *                   column is covered by the pattern of a column to its left
 * @param objectSpan how many columns the object type cell is merged across (1 when not merged, 0 when this column
 *                   is covered by a merged cell to its left, or has no object type)
 * @param snippet    the code the value is put into ({@code $param}), null for the NAME column
 * @param value      what the visible cells of the column hold
 */
public record ColumnTemplate(String keyword, String objectType, int objectSpan, String snippet, ValueKind value) {

    static ColumnTemplate name() {
        return new ColumnTemplate("NAME", null, 0, null, ValueKind.RULE_ID);
    }

    static ColumnTemplate condition(String objectType, int span, String snippet, ValueKind value) {
        return new ColumnTemplate("CONDITION", objectType, span, snippet, value);
    }

    static ColumnTemplate condition(String snippet, ValueKind value) {
        return condition(null, 0, snippet, value);
    }

    static ColumnTemplate action(String snippet, ValueKind value) {
        return new ColumnTemplate("ACTION", null, 0, snippet, value);
    }

    /** A column of a model kind: its role word in the keyword row, nothing in the object type and code rows. */
    static ColumnTemplate role(String role, ValueKind value) {
        return new ColumnTemplate(role, null, 0, null, value);
    }

    static ColumnTemplate reason() {
        return new ColumnTemplate("METADATA", null, 0, "reason(\"$param\")", ValueKind.TEXT);
    }
}
