package io.leadrules.app.console.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a page marks on a workbook's grids: cells (an error, a changed value) and rows (a highlight, a warning), each
 * with a CSS class of the stylesheet's {@code table.grid} and a note to show. A marked row or column is shown even
 * when the workbook hides it (a technical Drools row that holds an error), so no mark is ever lost from view.
 */
public final class GridMarks {

    /** Nothing marked. */
    public static final GridMarks NONE = new GridMarks();

    private final Map<String, Mark> cells = new HashMap<>();
    private final Map<String, Mark> rows = new HashMap<>();

    /** A class and a note (null for none). */
    public record Mark(String css, String note) {
    }

    /** Marks the cell ({@code "G15"}) of the sheet; a second mark of the same cell adds its note to the first. */
    public GridMarks cell(String sheet, String reference, String css, String note) {
        cells.merge(key(sheet, reference.toUpperCase(Locale.ROOT)), new Mark(css, note), GridMarks::joined);
        return this;
    }

    /** Marks the row (one-based, as a spreadsheet app numbers it) of the sheet. */
    public GridMarks row(String sheet, int row, String css, String note) {
        rows.merge(key(sheet, Integer.toString(row)), new Mark(css, note), GridMarks::joined);
        return this;
    }

    Mark cellMark(String sheet, String reference) {
        return cells.get(key(sheet, reference));
    }

    Mark rowMark(String sheet, int row) {
        return rows.get(key(sheet, Integer.toString(row)));
    }

    /** Whether anything on the sheet is marked, so that a hidden sheet holding a mark is shown. */
    boolean marks(String sheet) {
        String prefix = sheet + "!";
        return cells.keySet().stream().anyMatch(k -> k.startsWith(prefix))
                || rows.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    boolean marksRow(String sheet, int row) {
        String prefix = sheet + "!";
        return rows.containsKey(key(sheet, Integer.toString(row))) || cells.keySet().stream()
                .filter(k -> k.startsWith(prefix)).anyMatch(k -> rowOf(k.substring(prefix.length())) == row);
    }

    boolean marksColumn(String sheet, String letters) {
        String prefix = sheet + "!";
        return cells.keySet().stream().filter(k -> k.startsWith(prefix))
                .anyMatch(k -> k.substring(prefix.length()).replaceAll("[0-9]", "").equals(letters));
    }

    private static int rowOf(String reference) {
        String digits = reference.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }

    private static Mark joined(Mark first, Mark second) {
        if (first.note() == null) {
            return second;
        }
        return second.note() == null ? first : new Mark(first.css(), first.note() + " " + second.note());
    }

    private static String key(String sheet, String where) {
        return sheet + "!" + where;
    }
}
