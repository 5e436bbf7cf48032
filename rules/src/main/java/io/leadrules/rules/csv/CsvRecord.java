package io.leadrules.rules.csv;

import java.util.List;

/**
 * One record of a CSV file: its row number as a spreadsheet app shows it (the header is row 1; a quoted cell with
 * line breaks is still one row), its cells as written (quotes removed, not trimmed), and what was wrong with it.
 */
public record CsvRecord(int row, List<String> cells, List<Flaw> flaws) {

    public CsvRecord {
        cells = List.copyOf(cells);
        flaws = List.copyOf(flaws);
    }

    /** What made a record unlike what a spreadsheet app writes, and the zero-based index of the cell. */
    public record Flaw(Kind kind, int column) {
    }

    public enum Kind {
        /** The cell is longer than the reader keeps: its text is cut at the limit. */
        TOO_LONG,
        /** Text follows the closing quote of a quoted cell ({@code "a"b}): kept, but the cell is suspect. */
        TEXT_AFTER_QUOTE,
        /** A quoted cell is never closed: it ran to the end of the file. */
        UNCLOSED_QUOTE,
        /** The record has more cells than the reader keeps: the ones beyond are left out. */
        TOO_MANY_CELLS
    }

    /** The cell's text; empty when the record is shorter (spreadsheet apps leave trailing blank cells out). */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The spreadsheet letter of a zero-based column index: 0 is A, 26 is AA. */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
