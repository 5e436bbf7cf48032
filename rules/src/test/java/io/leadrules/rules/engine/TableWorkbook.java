package io.leadrules.rules.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small decision-table workbooks in tests, laid out like the shipped ones: RuleSet, Import and group rows,
 * then the RuleTable at row 6, keywords, object types, snippets, the header row (row 10) and data from row 11.
 */
public final class TableWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();

    public TableWorkbook sheet(String name, String pkg, String group, String[] keywords, String[] objects, String[] snippets,
                        String[] headers, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[] {"RuleSet", pkg});
        all.add(new Object[] {"Import", "io.leadrules.rules.vocabulary.*"});
        all.add(new Object[] {"RULEFLOW-GROUP", group});
        all.add(new Object[] {});
        all.add(new Object[] {"RuleTable " + name});
        all.add(keywords);
        all.add(objects);
        all.add(snippets);
        all.add(headers);
        all.addAll(List.of(rows));
        for (int r = 0; r < all.size(); r++) {
            Row row = sheet.createRow(r + 1);
            Object[] values = all.get(r);
            for (int c = 0; c < values.length; c++) {
                set(row.createCell(c + (r >= 4 ? 1 : 0)), values[c]);
            }
        }
        return this;
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null && !value.toString().isEmpty()) {
            cell.setCellValue(value.toString());
        }
    }

    /** A fit table (sheet Role) with the columns Rule ID, Job title contains, Match, Reason. */
    public static TableWorkbook roleTable(Object[]... rows) {
        return new TableWorkbook().sheet("Role", "leadrules.fit", "fit",
                new String[] {"NAME", "CONDITION", "ACTION", "METADATA"},
                new String[] {"", "l : Lead", "", ""},
                new String[] {"", "Text.containsAnyWord(jobTitle, \"$param\")",
                        "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));", "reason(\"$param\")"},
                new String[] {"Rule ID", "Job title contains any of", "Match (0-100)", "Reason"},
                rows);
    }
}
