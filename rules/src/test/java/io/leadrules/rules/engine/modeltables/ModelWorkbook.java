package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.model.ColumnTemplate;
import io.leadrules.rules.model.TableKind;
import io.leadrules.rules.model.TableKinds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds workbooks of model tables the way the shipped ones are laid out: settings in rows 5-6, the RuleTable cell in
 * B8, the role row 9, two empty technical rows, headers in row 12 and data from row 13 (so the first data row's
 * Rule ID is cell B13).
 */
public final class ModelWorkbook {

    public static final int FIRST_DATA_ROW = 13;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final String name;

    public ModelWorkbook(String name) {
        this.name = name;
    }

    /** A sheet holding one table of the kind; each row gives the visible cells from column B, null for empty. */
    public ModelWorkbook table(String sheetName, String kindName, Object[]... rows) {
        TableKind kind = TableKinds.all().stream().filter(k -> k.tableName().equals(kindName)).findFirst().orElseThrow();
        Sheet sheet = workbook.createSheet(sheetName);
        sheet.createRow(0).createCell(1).setCellValue(kindName + " table");
        Row ruleSet = sheet.createRow(4);
        ruleSet.createCell(0).setCellValue("RuleSet");
        ruleSet.createCell(1).setCellValue(kind.ruleSet());
        Row template = sheet.createRow(5);
        template.createCell(0).setCellValue("Template");
        template.createCell(1).setCellValue(Integer.toString(kind.template()));
        sheet.createRow(7).createCell(1).setCellValue("RuleTable " + kind.tableName());
        Row roles = sheet.createRow(8);
        Row headers = sheet.createRow(11);
        for (int i = 0; i < kind.columns().size(); i++) {
            ColumnTemplate column = kind.columns().get(i);
            roles.createCell(1 + i).setCellValue(column.keyword());
            headers.createCell(1 + i).setCellValue(column.keyword().replace('_', ' ').toLowerCase());
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(FIRST_DATA_ROW - 1 + r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Number n) {
                    row.createCell(1 + c).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(1 + c).setCellValue(value.toString());
                }
            }
        }
        return this;
    }

    /**
     * Adds a column beside the last one of the sheet's table: a header in row 12, no technical cells, and the values
     * from the first data row down (a {@code Reason (es)} column, say).
     */
    public ModelWorkbook column(String sheetName, String header, Object... values) {
        Sheet sheet = workbook.getSheet(sheetName);
        int column = sheet.getRow(8).getLastCellNum();
        sheet.getRow(11).createCell(column).setCellValue(header);
        for (int r = 0; r < values.length; r++) {
            if (values[r] != null) {
                sheet.getRow(FIRST_DATA_ROW - 1 + r).createCell(column).setCellValue(values[r].toString());
            }
        }
        return this;
    }

    public RuleFile file() {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new RuleFile(name, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
