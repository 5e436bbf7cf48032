package io.leadrules.rules.diff;

/**
 * A change to a table's columns. {@code header} is the column's human header (the new one when renamed);
 * {@code oldColumn} and {@code newColumn} are its letters in each version (null on the side where it does not
 * exist); {@code oldValue} and {@code newValue} are the renamed header or the changed technical cell.
 */
public record ColumnChange(Kind kind, String header, String oldColumn, String newColumn, String oldValue,
                           String newValue) {

    public enum Kind {
        ADDED("column"), REMOVED("column"), RENAMED("header"),
        KEYWORD_CHANGED("keyword"), OBJECT_TYPE_CHANGED("object type"), SNIPPET_CHANGED("snippet");

        private final String row;

        Kind(String row) {
            this.row = row;
        }
    }

    static ColumnChange added(String header, String column) {
        return new ColumnChange(Kind.ADDED, header, null, column, null, null);
    }

    static ColumnChange removed(String header, String column) {
        return new ColumnChange(Kind.REMOVED, header, column, null, null, null);
    }

    /** "column 'Match (0-100)' (D) added", "the technical row of column 'Match (0-100)' changed (snippet): a -> b". */
    public String describe() {
        return switch (kind) {
            case ADDED -> "column '" + header + "' (" + newColumn + ") added";
            case REMOVED -> "column '" + header + "' (" + oldColumn + ") removed";
            case RENAMED -> "column " + newColumn + " renamed: '" + oldValue + "' -> '" + newValue + "'";
            default -> "the technical row of column '" + header + "' changed (" + kind.row + "): "
                    + shown(oldValue) + " -> " + shown(newValue);
        };
    }

    private static String shown(String value) {
        return value == null ? "(empty)" : value;
    }
}
