package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes suggested values into a copy of the version's workbooks with Apache POI, touching only those cells: the
 * styles, hidden technical rows, comments and every other cell stay as the workbook had them. A file without a
 * written cell is handed back byte for byte.
 */
final class WorkbookCells {

    /** 1980-01-01 local time: the earliest a zip entry can be dated, so it says nothing. */
    static final long FIXED_TIME = new java.util.GregorianCalendar(1980, 0, 1).getTimeInMillis();

    private WorkbookCells() {
    }

    static List<RuleFile> write(List<RuleFile> files, List<SuggestedCell> cells) {
        Map<String, List<SuggestedCell>> byFile = cells.stream()
                .collect(Collectors.groupingBy(SuggestedCell::file));
        List<RuleFile> written = new ArrayList<>();
        for (RuleFile file : files) {
            List<SuggestedCell> own = byFile.get(file.name());
            written.add(own == null ? file : new RuleFile(file.name(), write(file.content(), own)));
        }
        return written;
    }

    private static byte[] write(byte[] content, List<SuggestedCell> cells) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            cells.forEach(cell -> set(workbook, cell));
            workbook.write(out);
            return withoutTimestamps(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same entries with the same content, each dated 1980-01-01: POI dates every entry at the instant it writes,
     * and the same suggestion must be the same bytes (the download is compared and cached by its hash).
     */
    private static byte[] withoutTimestamps(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A number where the cell held a number (or nothing), text where it held text, as the author typed it. */
    private static void set(XSSFWorkbook workbook, SuggestedCell suggested) {
        Sheet sheet = workbook.getSheet(suggested.sheet());
        CellReference reference = new CellReference(suggested.cell());
        Row row = sheet.getRow(reference.getRow()) == null ? sheet.createRow(reference.getRow())
                : sheet.getRow(reference.getRow());
        Cell cell = row.getCell(reference.getCol()) == null ? row.createCell(reference.getCol())
                : row.getCell(reference.getCol());
        if (cell.getCellType() == CellType.STRING) {
            cell.setCellValue(suggested.value());
        } else {
            cell.setCellValue(Double.parseDouble(suggested.value()));
        }
    }
}
