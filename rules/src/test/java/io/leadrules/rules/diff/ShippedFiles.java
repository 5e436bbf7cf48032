package io.leadrules.rules.diff;

import io.leadrules.rules.defaults.LegacyRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The shipped rule set, and copies of its files edited the way a person edits them in a spreadsheet app: type
 * over a cell, insert a row above others, delete a row (the rows below move up).
 */
final class ShippedFiles {

    private ShippedFiles() {
    }

    static List<RuleFile> all() {
        return LegacyRuleSet.files();
    }

    static RuleFile file(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** The shipped rule set with one file replaced (or added) by name. */
    static List<RuleFile> with(RuleFile replacement) {
        List<RuleFile> files = new ArrayList<>(all());
        files.removeIf(f -> f.name().equals(replacement.name()));
        files.add(replacement);
        return files;
    }

    static RuleFile text(String name, String content) {
        return new RuleFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of a shipped workbook, opened with POI, edited and saved again. */
    static RuleFile edited(String name, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(name).content()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return new RuleFile(name, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types a value (a Number or text) into a cell such as "D15". */
    static Consumer<XSSFWorkbook> set(String sheet, String cell, Object value) {
        return workbook -> {
            CellReference ref = new CellReference(cell);
            Sheet s = workbook.getSheet(sheet);
            Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
            Cell target = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value instanceof Number number) {
                target.setCellValue(number.doubleValue());
            } else {
                target.setCellValue(value.toString());
            }
        };
    }

    /** Inserts a row at a one-based row number (the rows from there move down) and types values from column B. */
    static Consumer<XSSFWorkbook> insertRow(String sheet, int number, Object... values) {
        return workbook -> {
            Sheet s = workbook.getSheet(sheet);
            s.shiftRows(number - 1, s.getLastRowNum(), 1);
            s.createRow(number - 1);
            for (int i = 0; i < values.length; i++) {
                set(sheet, CellReference.convertNumToColString(i + 1) + number, values[i]).accept(workbook);
            }
        };
    }

    /** Deletes a one-based row; the rows below move up. */
    static Consumer<XSSFWorkbook> deleteRow(String sheet, int number) {
        return workbook -> {
            Sheet s = workbook.getSheet(sheet);
            s.removeRow(s.getRow(number - 1));
            s.shiftRows(number, s.getLastRowNum(), -1);
        };
    }
}
