package io.leadrules.app.console.model;

import java.util.List;

/**
 * One sheet of a workbook as a page shows it: its visible columns (letters for the {@code th.ref} headings) and rows.
 *
 * @param id        the sheet's anchor id in the page (made by the renderer, never from the sheet's name)
 * @param truncated true when the sheet had more rows or columns than a page shows
 */
public record SheetGrid(String name, String id, List<String> columns, List<Row> rows, boolean truncated) {

    /**
     * A visible row, one-based as a spreadsheet app numbers it.
     *
     * @param id   its anchor id ({@code <sheet id>-r<number>})
     * @param css  its mark's class (highlight, row-warning, added), or null
     * @param note its mark's note, or null
     */
    public record Row(int number, String id, String css, String note, List<Cell> cells) {
    }

    /**
     * A visible cell; a merged area is one cell spanning the visible rows and columns it covers.
     *
     * @param reference "G15"
     * @param id        its anchor id ({@code <sheet id>-G15})
     */
    public record Cell(String reference, String id, String text, int colspan, int rowspan, String css, String note) {
    }
}
