package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.CompileMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Writes changed expectation cells into a copy of a scenario workbook; every other cell, sheet and format stays. A
 * whole number goes in as a number (as a person would have typed a score), anything else as text, an emptied cell is
 * blank.
 */
final class XlsxScenarioWriter {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private XlsxScenarioWriter() {
    }

    static byte[] write(String file, byte[] content, List<ScenarioRebaseline.CellChange> changes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = XlsxScenarioReader.sheet(file, workbook);
            changes.forEach(change -> set(cell(sheet, change), change.after()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ScenarioFileException(file, CompileMessage.of("scenario.unwritableXlsx", e.getMessage()), e);
        }
    }

    private static Cell cell(Sheet sheet, ScenarioRebaseline.CellChange change) {
        Row row = sheet.getRow(change.row() - 1);
        Row existing = row != null ? row : sheet.createRow(change.row() - 1);
        Cell cell = existing.getCell(change.columnIndex());
        return cell != null ? cell : existing.createCell(change.columnIndex());
    }

    /** A formula in an expectation cell is replaced by the value: the value is what the rules gave. */
    private static void set(Cell cell, String text) {
        if (cell.getCellType() == CellType.FORMULA) {
            cell.removeFormula();
        }
        if (text.isEmpty()) {
            cell.setBlank();
        } else if (WHOLE.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text));
        } else {
            cell.setCellValue(text);
        }
    }
}
