package io.leadrules.rules.dataset;

/**
 * Why a line of a dataset cannot be used: its line (the row number a spreadsheet app shows, the header being line
 * 1), the column (its header for a cell; its letter for a header in line 1; null for the whole line), the value
 * as written (cut at {@value #MAX_VALUE} characters), and what to change (cut at 500).
 */
public record DatasetProblem(int line, String column, String value, String message) {

    static final int MAX_VALUE = 80;
    private static final int MAX_MESSAGE = 500;

    /** A problem quoting at most {@value #MAX_VALUE} characters of the value, so a huge cell makes a short message. */
    static DatasetProblem of(int line, String column, String value, String message) {
        return new DatasetProblem(line, column, cut(value, MAX_VALUE), cut(message, MAX_MESSAGE));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** "line 7, column createdAt: '2026-13-01': not an instant like 2026-01-15T12:00:00Z". */
    public String describe() {
        return "line " + line + (column == null ? "" : ", column " + column)
                + (value == null ? "" : ": '" + value + "'") + ": " + message;
    }
}
