package io.leadrules.app.console.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** One sheet read into a {@link SheetGrid}: which rows and columns show, merged areas, formatted values. */
final class SheetReading {

    /** More than a page can usefully show; the grid says it was cut. */
    static final int MAX_ROWS = 1_000;
    static final int MAX_COLUMNS = 60;
    private static final int LONGEST_TEXT = 1_000;

    private final Sheet sheet;
    private final String id;
    private final GridMarks marks;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private final Map<Long, CellRangeAddress> mergedFrom = new HashMap<>();
    private final java.util.Set<Long> covered = new java.util.HashSet<>();

    SheetReading(Sheet sheet, String id, GridMarks marks) {
        this.sheet = sheet;
        this.id = id;
        this.marks = marks;
        formatter.setUseCachedValuesForFormulaCells(true);
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            mergedFrom.put(key(region.getFirstRow(), region.getFirstColumn()), region);
            region.forEach(address -> covered.add(key(address.getRow(), address.getColumn())));
        }
    }

    SheetGrid grid() {
        int lastRow = Math.max(sheet.getLastRowNum(), 0);
        List<Integer> rows = visibleRows(Math.min(lastRow, MAX_ROWS - 1));
        int lastColumn = lastColumn(rows);
        List<Integer> columns = visibleColumns(Math.min(lastColumn, MAX_COLUMNS - 1));
        List<SheetGrid.Row> grid = rows.stream().map(row -> row(row, rows, columns)).toList();
        List<String> letters = columns.stream().map(CellReference::convertNumToColString).toList();
        return new SheetGrid(sheet.getSheetName(), id, letters, grid, lastRow >= MAX_ROWS || lastColumn >= MAX_COLUMNS);
    }

    private List<Integer> visibleRows(int last) {
        List<Integer> rows = new ArrayList<>();
        for (int index = 0; index <= last; index++) {
            Row row = sheet.getRow(index);
            boolean hidden = row != null && row.getZeroHeight();
            if (!hidden || marks.marksRow(sheet.getSheetName(), index + 1)) {
                rows.add(index);
            }
        }
        return rows;
    }

    private int lastColumn(List<Integer> rows) {
        int last = 0;
        for (int index : rows) {
            Row row = sheet.getRow(index);
            last = row == null ? last : Math.max(last, row.getLastCellNum() - 1);
        }
        return last;
    }

    private List<Integer> visibleColumns(int last) {
        List<Integer> columns = new ArrayList<>();
        for (int index = 0; index <= last; index++) {
            if (!sheet.isColumnHidden(index)
                    || marks.marksColumn(sheet.getSheetName(), CellReference.convertNumToColString(index))) {
                columns.add(index);
            }
        }
        return columns;
    }

    private SheetGrid.Row row(int index, List<Integer> rows, List<Integer> columns) {
        List<SheetGrid.Cell> cells = new ArrayList<>();
        for (int column : columns) {
            long at = key(index, column);
            CellRangeAddress region = mergedFrom.get(at);
            if (region == null && covered.contains(at)) {
                continue;
            }
            cells.add(cell(index, column, region, rows, columns));
        }
        GridMarks.Mark mark = marks.rowMark(sheet.getSheetName(), index + 1);
        return new SheetGrid.Row(index + 1, id + "-r" + (index + 1), mark == null ? null : mark.css(),
                mark == null ? null : mark.note(), cells);
    }

    private SheetGrid.Cell cell(int row, int column, CellRangeAddress region, List<Integer> rows, List<Integer> columns) {
        String reference = new CellReference(row, column).formatAsString(false);
        int colspan = region == null ? 1 : (int) columns.stream()
                .filter(c -> c >= region.getFirstColumn() && c <= region.getLastColumn()).count();
        int rowspan = region == null ? 1 : (int) rows.stream()
                .filter(r -> r >= region.getFirstRow() && r <= region.getLastRow()).count();
        GridMarks.Mark mark = marks.cellMark(sheet.getSheetName(), reference);
        return new SheetGrid.Cell(reference, id + "-" + reference, text(row, column), colspan, rowspan,
                mark == null ? null : mark.css(), mark == null ? null : mark.note());
    }

    private String text(int row, int column) {
        Row cells = sheet.getRow(row);
        Cell cell = cells == null ? null : cells.getCell(column);
        if (cell == null) {
            return "";
        }
        String text = formatter.formatCellValue(cell);
        return text.length() > LONGEST_TEXT ? text.substring(0, LONGEST_TEXT) + "…" : text;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
