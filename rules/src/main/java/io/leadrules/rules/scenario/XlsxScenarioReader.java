package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.CompileMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an XLSX scenario file: the sheet named "Scenarios" if there is one, else the first sheet. Cells are read as
 * their values, not as displayed: a number is plain ({@code 250}, never {@code 250.0} or {@code 2.5E2}), a date is
 * an ISO-8601 instant in UTC, TRUE and FALSE are yes and no, a formula gives its last computed value.
 */
final class XlsxScenarioReader {

    static final String SHEET = "Scenarios";

    private XlsxScenarioReader() {
    }

    static ScenarioTable read(String file, byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            return read(file, sheet(file, workbook));
        } catch (ScenarioFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ScenarioFileException(file, CompileMessage.of("scenario.unreadableXlsx", e.getMessage()), e);
        }
    }

    static Sheet sheet(String file, Workbook workbook) {
        if (workbook.getNumberOfSheets() == 0) {
            throw new ScenarioFileException(file, CompileMessage.of("scenario.noSheet"));
        }
        Sheet named = workbook.getSheet(SHEET);
        for (int i = 0; named == null && i < workbook.getNumberOfSheets(); i++) {
            named = workbook.getSheetAt(i).getSheetName().equalsIgnoreCase(SHEET) ? workbook.getSheetAt(i) : null;
        }
        return named != null ? named : workbook.getSheetAt(0);
    }

    private static ScenarioTable read(String file, Sheet sheet) {
        Row header = sheet.getRow(0);
        List<String> headers = header == null ? List.of() : cells(file, sheet, header);
        List<ScenarioTable.Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                rows.add(new ScenarioTable.Row(r + 1, cells(file, sheet, row)));
            }
        }
        return new ScenarioTable(file, headers, rows);
    }

    private static List<String> cells(String file, Sheet sheet, Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(file, sheet, cell, cell.getCellType()));
        }
        return cells;
    }

    private static String text(String file, Sheet sheet, Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC).toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case FORMULA -> text(file, sheet, cell, cell.getCachedFormulaResultType());
            case ERROR -> throw new ScenarioFileException(file, CompileMessage.of("scenario.errorCell",
                    sheet.getSheetName(), cell.getAddress().formatAsString(),
                    FormulaError.forInt(cell.getErrorCellValue()).getString()));
            default -> "";
        };
    }

    /** 250.0 is "250", 1.2E7 is "12000000", 0.5 is "0.5". */
    static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
