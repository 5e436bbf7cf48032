package io.leadrules.app.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A decision-table workbook built from nothing with Apache POI, laid out like the shipped ones: a title in B1 and a
 * sentence in B2; the technical rows Drools reads grouped and hidden (RuleSet, Import and RULEFLOW-GROUP in rows 5-7,
 * the RuleTable cell in B9, keywords in row 10, object types in row 11, code snippets in row 12); the column headers a
 * person reads in row 13 and the rows from row 14, the Rule ID in column B.
 */
final class NewDecisionTable {

    private final String file;
    private final String sheet;
    private final String ruleSet;
    private final String ruleflowGroup;
    private final List<Column> columns = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    /** A table on sheet {@code sheet} of a new file {@code file}, in package {@code ruleSet}. */
    NewDecisionTable(String file, String sheet, String ruleSet, String ruleflowGroup) {
        this.file = file;
        this.sheet = sheet;
        this.ruleSet = ruleSet;
        this.ruleflowGroup = ruleflowGroup;
    }

    /** The next column: its keyword (NAME, CONDITION, ACTION, METADATA), object type, snippet and header. */
    NewDecisionTable column(String keyword, String objectType, String snippet, String header) {
        columns.add(new Column(keyword, objectType, snippet, header));
        return this;
    }

    /** The next data row, one value per column (numbers as numbers, null for an empty cell). */
    NewDecisionTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " values, not " + values.length);
        }
        rows.add(values);
        return this;
    }

    RuleVersionApi.UploadFile file() {
        return new RuleVersionApi.UploadFile(file, bytes());
    }

    private byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet table = workbook.createSheet(sheet);
            text(table, 0, 1, sheet + ": built from scratch");
            text(table, 1, 1, "A row matches when all its conditions hold. Rows 5-12 are the technical part of the "
                    + "table (grouped and hidden: leave them as they are).");
            technicalRows(table);
            headerRow(table, headerStyle(workbook));
            for (int r = 0; r < rows.size(); r++) {
                Row row = table.createRow(13 + r);
                for (int c = 0; c < columns.size(); c++) {
                    value(row, 1 + c, rows.get(r)[c]);
                }
            }
            table.groupRow(4, 11);
            table.setRowGroupCollapsed(4, true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void technicalRows(XSSFSheet table) {
        text(table, 4, 0, "RuleSet");
        text(table, 4, 1, ruleSet);
        text(table, 5, 0, "Import");
        text(table, 5, 1, "io.leadrules.rules.vocabulary.*");
        text(table, 6, 0, "RULEFLOW-GROUP");
        text(table, 6, 1, ruleflowGroup);
        table.createRow(7);
        text(table, 8, 1, "RuleTable " + sheet);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            text(table, 9, 1 + c, column.keyword());
            text(table, 10, 1 + c, column.objectType());
            text(table, 11, 1 + c, column.snippet());
        }
    }

    private void headerRow(XSSFSheet table, CellStyle style) {
        for (int c = 0; c < columns.size(); c++) {
            text(table, 12, 1 + c, columns.get(c).header()).setCellStyle(style);
            table.setColumnWidth(1 + c, 28 * 256);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** Writes a text cell; an empty or null text leaves the cell blank. */
    private static Cell text(XSSFSheet table, int row, int column, String text) {
        Row at = table.getRow(row) == null ? table.createRow(row) : table.getRow(row);
        Cell cell = at.createCell(column);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(text);
        }
        return cell;
    }

    private static void value(Row row, int column, Object value) {
        if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else if (value != null) {
            row.createCell(column).setCellValue(value.toString());
        }
    }

    private record Column(String keyword, String objectType, String snippet, String header) {
    }
}
