package io.leadrules.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the shipped EngagementPoints.drl.xlsx with its Points table grown to a given number of rows: one generated
 * activity type per row ({@code BENCH_0001}, 1 point per event, capped at 5), inserted below the first row as a
 * person inserts rows in Excel, so the rest of the table and the workbook stay as shipped. For rule-build.sh.
 *
 * <pre>java -cp CLASSPATH EngagementTable.java shipped.xlsx rows out.xlsx</pre>
 */
public final class EngagementTable {

    /** Row 14, zero-based: the first row of the Points table. */
    private static final int FIRST_ROW = 13;

    public static void main(String[] args) throws IOException {
        Path shipped = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (InputStream in = Files.newInputStream(shipped); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet points = workbook.getSheet("Points");
            int shippedRows = dataRows(points);
            int added = Math.max(0, rows - shippedRows);
            points.shiftRows(FIRST_ROW + 1, points.getLastRowNum(), added);
            for (int i = 1; i <= added; i++) {
                fill(points.createRow(FIRST_ROW + i), points.getRow(FIRST_ROW), i);
            }
            try (FileOutputStream out = new FileOutputStream(args[2])) {
                workbook.write(out);
            }
            System.out.println((shippedRows + added) + " rows in the Points table");
        }
    }

    private static int dataRows(XSSFSheet sheet) {
        int count = 0;
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell id = row == null ? null : row.getCell(1);
            if (id != null && !id.toString().isBlank()) {
                count++;
            }
        }
        return count;
    }

    private static void fill(Row row, Row template, int n) {
        String type = String.format("BENCH_%04d", n);
        Object[] values = {null, "ENG-" + type, type, 1.0, null, null, 5.0, "Generated row " + n};
        for (int c = 1; c < values.length; c++) {
            Cell cell = row.createCell(c);
            Cell like = template.getCell(c);
            if (like != null) {
                cell.setCellStyle(like.getCellStyle());
            }
            if (values[c] instanceof String text) {
                cell.setCellValue(text);
            } else if (values[c] instanceof Double number) {
                cell.setCellValue(number);
            }
        }
    }
}
