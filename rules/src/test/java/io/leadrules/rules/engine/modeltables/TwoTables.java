package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a workbook {@link ModelWorkbook} built, the way someone reshaping its sheets by hand would. */
final class TwoTables {

    private TwoTables() {
    }

    /** The second sheet's table moved below the first sheet's, 20 rows down; the second sheet removed. */
    static RuleFile onOneSheet(RuleFile file) {
        return edit(file, workbook -> {
            Sheet first = workbook.getSheetAt(0);
            Sheet second = workbook.getSheetAt(1);
            for (int r = 7; r <= second.getLastRowNum(); r++) {
                Row from = second.getRow(r);
                if (from != null) {
                    Row to = first.createRow(r + 20);
                    from.forEach(cell -> copy(cell, to.createCell(cell.getColumnIndex())));
                }
            }
            workbook.removeSheetAt(1);
        });
    }

    /** The sheet with the value cell (column B) of the zero-based row replaced. */
    static RuleFile withSetting(RuleFile file, String sheet, int row, String value) {
        return edit(file, workbook -> workbook.getSheet(sheet).getRow(row).getCell(1).setCellValue(value));
    }

    private static void copy(Cell from, Cell to) {
        if (from.getCellType() == CellType.NUMERIC) {
            to.setCellValue(from.getNumericCellValue());
        } else {
            to.setCellValue(from.getStringCellValue());
        }
    }

    private static RuleFile edit(RuleFile file, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new RuleFile(file.name(), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
