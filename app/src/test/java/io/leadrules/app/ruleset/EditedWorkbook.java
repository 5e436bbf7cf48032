package io.leadrules.app.ruleset;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A shipped decision-table workbook, edited with Apache POI the way a person edits it in Excel: change a cell of a
 * row found by its Rule ID (column B) and a column found by its header text (row 13), insert or delete whole rows,
 * delete a column, rename a sheet. The hidden technical rows (5-12) are left as they are unless a test means to
 * break them. Row and column arguments are as a spreadsheet app shows them (row 14, column "D").
 */
public final class EditedWorkbook {

    /** Row 13, zero-based: the headers a person reads. */
    private static final int HEADER_ROW = 12;
    /** Column B, zero-based: the Rule ID of every shipped table. */
    private static final int RULE_ID_COLUMN = 1;

    private final String name;
    private final XSSFWorkbook workbook;

    private EditedWorkbook(String name, XSSFWorkbook workbook) {
        this.name = name;
        this.workbook = workbook;
    }

    /** Opens a file of the shipped rule set ({@code ProfileFit.drl.xlsx}). */
    public static EditedWorkbook shipped(String name) {
        try {
            return new EditedWorkbook(name, new XSSFWorkbook(new ByteArrayInputStream(shippedBytes(name))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact bytes of a shipped file, as version 1 holds them. */
    static byte[] shippedBytes(String name) {
        return DefaultRuleSet.files().stream().filter(file -> file.name().equals(name)).findFirst()
                .map(RuleFile::content)
                .orElseThrow(() -> new IllegalArgumentException("The shipped rule set has no file " + name));
    }

    /** Types {@code value} (a number or a text) into the cell of the row with this Rule ID, under this header. */
    public EditedWorkbook set(String sheet, String ruleId, String header, Object value) {
        XSSFSheet table = sheet(sheet);
        Row row = table.getRow(rowOf(table, ruleId));
        int column = columnOf(table, header);
        write(row.getCell(column) == null ? row.createCell(column) : row.getCell(column), value);
        return this;
    }

    /** Replaces {@code from} with {@code to} in the text of the cell of the row with this Rule ID under this header. */
    public EditedWorkbook replace(String sheet, String ruleId, String header, String from, String to) {
        XSSFSheet table = sheet(sheet);
        Cell cell = table.getRow(rowOf(table, ruleId)).getCell(columnOf(table, header));
        String text = cell == null ? "" : cell.getStringCellValue();
        if (!text.contains(from)) {
            throw new IllegalArgumentException(name + ", sheet " + sheet + ", row " + ruleId + ", column " + header
                    + " does not hold " + from);
        }
        cell.setCellValue(text.replace(from, to));
        return this;
    }

    /** Types {@code value} into a cell given by its reference ("D12"), hidden technical rows included. */
    EditedWorkbook setCell(String sheet, String reference, Object value) {
        CellReference at = new CellReference(reference);
        XSSFSheet table = sheet(sheet);
        Row row = table.getRow(at.getRow()) == null ? table.createRow(at.getRow()) : table.getRow(at.getRow());
        Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        write(cell, value);
        return this;
    }

    /**
     * Types a formula into a cell given by its reference and stores {@code cached} as its last computed value, as
     * Excel saves it: a reader that trusts cached values sees only {@code cached}.
     */
    EditedWorkbook setFormula(String sheet, String reference, String formula, double cached) {
        CellReference at = new CellReference(reference);
        XSSFSheet table = sheet(sheet);
        Row row = table.getRow(at.getRow()) == null ? table.createRow(at.getRow()) : table.getRow(at.getRow());
        Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        return this;
    }

    /** Empties one cell ("D10"), as pressing Delete on it does. */
    EditedWorkbook clearCell(String sheet, String reference) {
        CellReference at = new CellReference(reference);
        Row row = sheet(sheet).getRow(at.getRow());
        Cell cell = row == null ? null : row.getCell(at.getCol());
        if (cell != null) {
            row.removeCell(cell);
        }
        return this;
    }

    /**
     * Inserts a row just above the row with Rule ID {@code below} (everything from there down moves one row lower)
     * and fills it: {@code values} by column header, the Rule ID under "Rule ID". The new row takes the cell styles
     * of the row it pushed down.
     */
    EditedWorkbook insertRowAbove(String sheet, String below, Map<String, Object> values) {
        XSSFSheet table = sheet(sheet);
        int at = rowOf(table, below);
        table.shiftRows(at, table.getLastRowNum(), 1, true, false);
        Row pushedDown = table.getRow(at + 1);
        Row inserted = table.createRow(at);
        inserted.setHeight(pushedDown.getHeight());
        for (Cell cell : pushedDown) {
            inserted.createCell(cell.getColumnIndex()).setCellStyle(cell.getCellStyle());
        }
        values.forEach((header, value) -> {
            int column = header.equals("Rule ID") ? RULE_ID_COLUMN : columnOf(table, header);
            write(inserted.getCell(column) == null ? inserted.createCell(column) : inserted.getCell(column), value);
        });
        return this;
    }

    /**
     * Adds a row just below the last row of the sheet's table (the table ends at its first empty row) and fills it:
     * {@code values} by column header, the first column under "Rule ID" (or the table's own first header).
     */
    EditedWorkbook appendRow(String sheet, Map<String, Object> values) {
        XSSFSheet table = sheet(sheet);
        int at = HEADER_ROW + 1;
        while (table.getRow(at) != null && table.getRow(at).getCell(RULE_ID_COLUMN) != null
                && table.getRow(at).getCell(RULE_ID_COLUMN).getCellType() != CellType.BLANK) {
            at++;
        }
        Row appended = table.getRow(at) == null ? table.createRow(at) : table.getRow(at);
        values.forEach((header, value) -> {
            int column = header.equals("Rule ID") ? RULE_ID_COLUMN : columnOf(table, header);
            write(appended.getCell(column) == null ? appended.createCell(column) : appended.getCell(column), value);
        });
        return this;
    }

    /** Deletes the whole row with this Rule ID: the rows below move up, the table has no gap. */
    EditedWorkbook deleteRow(String sheet, String ruleId) {
        XSSFSheet table = sheet(sheet);
        int at = rowOf(table, ruleId);
        table.removeRow(table.getRow(at));
        if (at < table.getLastRowNum()) {
            table.shiftRows(at + 1, table.getLastRowNum(), -1, true, false);
        }
        return this;
    }

    /** Deletes the whole column under this header, its hidden technical cells included: columns right of it move left. */
    EditedWorkbook deleteColumn(String sheet, String header) {
        XSSFSheet table = sheet(sheet);
        int column = columnOf(table, header);
        int last = 0;
        for (Row row : table) {
            Cell cell = row.getCell(column);
            if (cell != null) {
                row.removeCell(cell);
            }
            last = Math.max(last, row.getLastCellNum());
        }
        if (column + 1 < last) {
            table.shiftColumns(column + 1, last - 1, -1);
        }
        return this;
    }

    public EditedWorkbook renameSheet(String from, String to) {
        workbook.setSheetName(workbook.getSheetIndex(sheet(from)), to);
        return this;
    }

    /** The reference ("D15") of the cell of the row with this Rule ID, under this header, as the workbook is now. */
    String cellOf(String sheet, String ruleId, String header) {
        XSSFSheet table = sheet(sheet);
        return new CellReference(rowOf(table, ruleId), columnOf(table, header)).formatAsString(false);
    }

    /** The reference ("B15") of the Rule ID cell of the row with this Rule ID, as the workbook is now. */
    String ruleIdCellOf(String sheet, String ruleId) {
        return new CellReference(rowOf(sheet(sheet), ruleId), RULE_ID_COLUMN).formatAsString(false);
    }

    /** The workbook saved, as the file to upload. */
    RuleVersionApi.UploadFile file() {
        return new RuleVersionApi.UploadFile(name, bytes());
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XSSFSheet sheet(String sheet) {
        XSSFSheet found = workbook.getSheet(sheet);
        if (found == null) {
            throw new IllegalArgumentException(name + " has no sheet " + sheet);
        }
        return found;
    }

    private int rowOf(XSSFSheet sheet, String ruleId) {
        for (Row row : sheet) {
            Cell cell = row.getCell(RULE_ID_COLUMN);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(ruleId)) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException(name + ", sheet " + sheet.getSheetName() + " has no row " + ruleId);
    }

    private int columnOf(XSSFSheet sheet, String header) {
        for (Cell cell : sheet.getRow(HEADER_ROW)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException(name + ", sheet " + sheet.getSheetName() + " has no column " + header);
    }

    private static void write(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}
