package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every cell of a workbook read back with POI, with what a reviewer would notice beside its value. */
final class WorkbookReading {

    private WorkbookReading() {
    }

    /** "sheet!D14" to "value | style index | comment", plus "sheet!row 9" to whether the row is hidden. */
    static Map<String, String> cells(RuleFile file) {
        Map<String, String> cells = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    cells.put(sheet.getSheetName() + "!row " + (row.getRowNum() + 1), "hidden " + row.getZeroHeight());
                    for (Cell cell : row) {
                        cells.put(sheet.getSheetName() + "!" + cell.getAddress(), format.formatCellValue(cell) + " | "
                                + cell.getCellStyle().getIndex() + " | "
                                + (cell.getCellComment() == null ? "" : cell.getCellComment().getString().getString()));
                    }
                }
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
