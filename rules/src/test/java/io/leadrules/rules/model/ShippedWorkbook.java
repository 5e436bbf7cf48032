package io.leadrules.rules.model;

import io.leadrules.rules.defaults.LegacyRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The shipped rule set with one of its workbooks edited with POI, the way a hostile client would build it. */
final class ShippedWorkbook {

    private ShippedWorkbook() {
    }

    /** The whole shipped rule set, with the named workbook replaced by an edited copy. */
    static List<RuleFile> edited(String name, Consumer<XSSFWorkbook> edit) {
        List<RuleFile> files = new ArrayList<>(LegacyRuleSet.files());
        RuleFile shipped = files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(shipped.content()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            files.set(files.indexOf(shipped), new RuleFile(name, out.toByteArray()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types text or a number into a cell such as "D12". */
    static Consumer<XSSFWorkbook> set(String sheet, String reference, Object value) {
        return workbook -> {
            Cell cell = cell(workbook, sheet, reference);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        };
    }

    /** Writes a formula with a cached numeric value, as a spreadsheet app saves it after calculating. */
    static Consumer<XSSFWorkbook> formula(String sheet, String reference, String formula, double cached) {
        return workbook -> {
            XSSFCell cell = (XSSFCell) cell(workbook, sheet, reference);
            cell.setCellValue(cached);
            cell.setCellFormula(formula);
            cell.getCTCell().setV(Double.toString(cached));
        };
    }

    private static Cell cell(XSSFWorkbook workbook, String sheet, String reference) {
        CellReference ref = new CellReference(reference);
        Sheet s = workbook.getSheet(sheet);
        Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }
}
