package io.leadrules.rules.engine;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/** Reading one cell as written, without following merged regions: what the technical checks compare. */
final class SheetCells {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ENGLISH);

    private SheetCells() {
    }

    /** The cell's text, trimmed; null when the cell is missing or blank. A formula reads as its formula text. */
    static String raw(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : raw(r.getCell(column));
    }

    static String raw(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> DecisionTableWorkbook.plainNumber(cell.getNumericCellValue());
            case BLANK, ERROR, _NONE -> null;
            default -> FORMATTER.formatCellValue(cell);
        };
        return text == null || text.isBlank() ? null : text.trim();
    }

    static boolean isBlank(Cell cell) {
        return cell == null || (cell.getCellType() != CellType.FORMULA && raw(cell) == null);
    }

    /** "D12" for zero-based row and column. */
    static String reference(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }
}
