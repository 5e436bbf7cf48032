package io.leadrules.rules.engine;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Makes a workbook read the same whichever tool wrote it (Excel, LibreOffice, a Google Sheets download, openpyxl,
 * exceljs or Apache POI), before any parser looks at it. The tools write the same content differently, and Drools
 * reads the differences literally:
 * <ul>
 * <li>openpyxl writes no cell inside a merged region; Drools' parser only walks cells that exist, so an object type
 * merged over two CONDITION columns stops spanning the second (a bare {@code ageDays <= 30} that does not parse).
 * The missing cells are created, blank.</li>
 * <li>A date-formatted number reaches Drools as {@code "31-Mar-2026"} (with its quotes) and POI's formatter as
 * {@code 3/31/26}; every tool stores a date as such a number. It becomes its ISO text, {@code 2026-03-31}: the form a
 * lead's date attribute has.</li>
 * <li>A yes/no cell becomes the text {@code true} or {@code false}, which is what Drools reads from it; the technical
 * checks would otherwise read {@code TRUE}.</li>
 * <li>A number stored as text ({@code "30"}, {@code " 30 "}, {@code "30.0"}) in a column whose code uses the value
 * as a number becomes that number, so {@code 30.0} cannot reach an integer argument. A text with a thousands
 * separator or a decimal comma ({@code "1,000"}) is left alone: which one it means depends on the language of the
 * tool, so the cell check refuses it rather than guess.</li>
 * </ul>
 * Inline strings (openpyxl, exceljs) and shared strings (Excel, LibreOffice, POI) need nothing: POI reads both.
 */
final class WorkbookNormalisation {

    /** A rule table merges a few cells per sheet; 2,000 rules of 10 columns are 20,000 cells in all. */
    static final int MAX_CREATED_CELLS = 100_000;

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SPACE = Pattern.compile("^[\\s\\u00A0\\u2007\\u202F]+|[\\s\\u00A0\\u2007\\u202F]+$");

    private WorkbookNormalisation() {
    }

    /** Creates the missing cells of merged regions and turns dates and yes/no cells into text, on every sheet. */
    static void normaliseCells(String file, Workbook workbook) {
        int budget = MAX_CREATED_CELLS;
        for (Sheet sheet : workbook) {
            budget = fillMergedRegions(file, sheet, budget);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    normaliseValue(cell);
                }
            }
        }
    }

    /**
     * Turns each plain number stored as text in a data cell of a number column into that number.
     *
     * @return true when a cell changed, so the tables must be read again
     */
    static boolean numbersStoredAsText(Sheet sheet, List<TableBlock> blocks) {
        boolean changed = false;
        for (TableBlock block : blocks) {
            for (DecisionTable.Column column : block.table().columns()) {
                if (column.expectsNumber()) {
                    changed |= numbersStoredAsText(sheet, block, column);
                }
            }
        }
        return changed;
    }

    private static boolean numbersStoredAsText(Sheet sheet, TableBlock block, DecisionTable.Column column) {
        boolean changed = false;
        for (DecisionTable.Row row : block.table().rows()) {
            Row sheetRow = sheet.getRow(row.number() - 1);
            Cell cell = sheetRow == null ? null : sheetRow.getCell(column.index());
            if (cell != null && cell.getCellType() == CellType.STRING) {
                String text = strip(cell.getStringCellValue());
                if (PLAIN_NUMBER.matcher(text).matches()) {
                    cell.setCellValue(Double.parseDouble(text));
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Leading and trailing spaces, the no-break ones that Excel and Google Sheets paste included. */
    static String strip(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    /**
     * Creates the absent cells of each merged region inside the sheet's used area: a region can span the whole sheet
     * (a million rows), but no parser reads beyond the last row and column that hold a cell.
     *
     * @return what is left of the budget of cells to create
     */
    private static int fillMergedRegions(String file, Sheet sheet, int budget) {
        int lastRow = sheet.getLastRowNum();
        int lastColumn = lastColumn(sheet);
        int left = budget;
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), lastRow); r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), lastColumn); c++) {
                    if (row.getCell(c) == null) {
                        row.createCell(c, CellType.BLANK);
                        left = spend(file, sheet, left);
                    }
                }
            }
        }
        return left;
    }

    private static int spend(String file, Sheet sheet, int budget) {
        if (budget == 0) {
            throw new RuleSetCompilationException(List.of(CompileProblem.inSheet(file, sheet.getSheetName(),
                    CompileMessage.of("sheet.tooManyMergedCells", MAX_CREATED_CELLS))));
        }
        return budget - 1;
    }

    private static int lastColumn(Sheet sheet) {
        int last = -1;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        return last;
    }

    private static void normaliseValue(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            cell.setCellValue(isoText(cell.getLocalDateTimeCellValue()));
        } else if (cell.getCellType() == CellType.BOOLEAN) {
            cell.setCellValue(String.valueOf(cell.getBooleanCellValue()));
        }
    }

    /** 2026-03-31 for a day, 2026-03-31T09:30 when the cell also holds a time. */
    static String isoText(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                : value.toString();
    }
}
