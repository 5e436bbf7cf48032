package io.leadrules.rules.engine;

import io.leadrules.rules.model.ReasonLanguages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A {@code .drl.xlsx} file opened with Apache POI: finds every {@code RuleTable} block, reads it as a
 * {@link DecisionTable}, and produces a normalised copy of the workbook for Drools in which numbers are read as
 * numbers whatever their display format (so "12,000,000" or "100%" formatting cannot break a rule). Whichever tool
 * wrote the file, it is first made to read like POI's own ({@link WorkbookNormalisation}).
 */
public final class DecisionTableWorkbook {

    private static final String RULE_TABLE = "ruletable";
    private static final int HEADER_ROWS = 4;

    private final String file;
    private final byte[] normalised;
    private final List<DecisionTable> tables;
    private final List<CompileProblem> problems;

    private DecisionTableWorkbook(String file, byte[] normalised, List<DecisionTable> tables,
                                  List<CompileProblem> problems) {
        this.file = file;
        this.normalised = normalised;
        this.tables = tables;
        this.problems = problems;
    }

    /** Opens the file; a file that is not a readable, unprotected XLSX workbook is a {@link RuleSetCompilationException}. */
    public static DecisionTableWorkbook open(RuleFile ruleFile) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(ruleFile.content()))) {
            WorkbookNormalisation.normaliseCells(ruleFile.name(), workbook);
            List<DecisionTable> tables = new ArrayList<>();
            List<CompileProblem> problems = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<TableBlock> blocks = readTables(ruleFile.name(), sheet);
                if (!blocks.isEmpty()) {
                    RuleSheet ruleSheet = RuleSheet.of(ruleFile.name(), sheet, blocks);
                    tables.addAll(ruleSheet.tables());
                    problems.addAll(ruleSheet.problems());
                    ruleSheet.prepareForDrools();
                }
            }
            return new DecisionTableWorkbook(ruleFile.name(), normalise(workbook), List.copyOf(tables),
                    List.copyOf(problems));
        } catch (RuleSetCompilationException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw unreadable(ruleFile, CompileMessage.of("workbook.password"));
        } catch (IOException | RuntimeException e) {
            throw unreadable(ruleFile, CompileMessage.of("workbook.unreadable", cleanMessage(e)));
        }
    }

    public String file() {
        return file;
    }

    public List<DecisionTable> tables() {
        return tables;
    }

    /**
     * What is wrong with the workbook before any value is looked at: a formula anywhere on a sheet that holds a rule
     * table, and technical rows of a shipped table kind that differ from the kind's template.
     */
    public List<CompileProblem> problems() {
        return problems;
    }

    /** The workbook bytes to hand to Drools. */
    byte[] normalisedContent() {
        return normalised.clone();
    }

    private static RuleSetCompilationException unreadable(RuleFile file, CompileMessage why) {
        return new RuleSetCompilationException(List.of(CompileProblem.inFile(file.name(), why)));
    }

    private static String cleanMessage(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").trim();
    }

    /** The sheet's tables, read again once numbers stored as text in number columns have become numbers. */
    private static List<TableBlock> readTables(String file, Sheet sheet) {
        List<TableBlock> blocks = new ArrayList<>();
        readTables(file, sheet, blocks);
        if (WorkbookNormalisation.numbersStoredAsText(sheet, blocks)) {
            blocks.clear();
            readTables(file, sheet, blocks);
        }
        return blocks;
    }

    private static void readTables(String file, Sheet sheet, List<TableBlock> into) {
        DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
        Map<String, String> settings = new LinkedHashMap<>();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = text(cell, formatter, sheet);
                String trimmed = text == null ? null : text.trim();
                if (trimmed != null && trimmed.toLowerCase(Locale.ROOT).startsWith(RULE_TABLE)) {
                    into.add(new TableBlock(readTable(file, sheet, r, cell.getColumnIndex(),
                            trimmed.substring(RULE_TABLE.length()).trim(), Map.copyOf(settings), formatter),
                            cell.getColumnIndex()));
                    r += HEADER_ROWS;
                    break;
                }
                if (text != null && cell.getColumnIndex() < row.getLastCellNum() - 1) {
                    settings.putIfAbsent(text.trim().toLowerCase(Locale.ROOT),
                            new CellReference(r, cell.getColumnIndex() + 1).formatAsString(false));
                }
            }
        }
    }

    private static DecisionTable readTable(String file, Sheet sheet, int tableRow, int firstColumn, String name,
                                           Map<String, String> settings, DataFormatter formatter) {
        List<DecisionTable.Column> columns = new ArrayList<>();
        Row keywords = sheet.getRow(tableRow + 1);
        int last = Math.max(lastCell(keywords), lastCell(sheet.getRow(tableRow + 4)));
        for (int c = firstColumn; c < last; c++) {
            String keyword = keywords == null ? null : text(keywords.getCell(c), formatter, sheet);
            String header = text(sheet, tableRow + 4, c, formatter);
            if (keyword == null && !ReasonLanguages.isLanguageHeader(header)) {
                continue;
            }
            columns.add(new DecisionTable.Column(c, keyword == null ? "" : keyword.trim().toUpperCase(Locale.ROOT),
                    text(sheet, tableRow + 2, c, formatter), text(sheet, tableRow + 3, c, formatter), header));
        }
        List<DecisionTable.Row> rows = new ArrayList<>();
        for (int r = tableRow + HEADER_ROWS + 1; r <= sheet.getLastRowNum(); r++) {
            Map<Integer, String> values = new LinkedHashMap<>();
            for (DecisionTable.Column column : columns) {
                String value = text(sheet, r, column.index(), formatter);
                if (value != null) {
                    values.put(column.index(), value);
                }
            }
            if (values.isEmpty()) {
                break;
            }
            rows.add(new DecisionTable.Row(r + 1, values));
        }
        return new DecisionTable(file, sheet.getSheetName(), name, tableRow + 1, settings, List.copyOf(columns),
                List.copyOf(rows), null);
    }

    /**
     * One past the last cell of a technical or header row. A language column ({@code Reason (es)}) has no keyword,
     * only its header, so the header row counts too.
     */
    private static int lastCell(Row row) {
        return row == null ? -1 : row.getLastCellNum();
    }

    private static String text(Sheet sheet, int row, int column, DataFormatter formatter) {
        Row r = sheet.getRow(row);
        return r == null ? null : text(r.getCell(column), formatter, sheet);
    }

    /** The cell as Drools will read it from the normalised workbook; null when empty. */
    private static String text(Cell cell, DataFormatter formatter, Sheet sheet) {
        if (cell == null) {
            return null;
        }
        Cell source = mergedOrigin(cell, sheet);
        String value = switch (effectiveType(source)) {
            case NUMERIC -> DateUtil.isCellDateFormatted(source) ? formatter.formatCellValue(source)
                    : plainNumber(numericValue(source));
            case BOOLEAN -> String.valueOf(source.getCellType() == CellType.FORMULA
                    ? source.getBooleanCellValue() : source.getBooleanCellValue());
            case STRING -> source.getStringCellValue();
            default -> null;
        };
        return value == null || value.isBlank() ? null : value;
    }

    private static Cell mergedOrigin(Cell cell, Sheet sheet) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(cell.getRowIndex(), cell.getColumnIndex())) {
                Row first = sheet.getRow(range.getFirstRow());
                Cell origin = first == null ? null : first.getCell(range.getFirstColumn());
                return origin == null ? cell : origin;
            }
        }
        return cell;
    }

    private static CellType effectiveType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static double numericValue(Cell cell) {
        return cell.getNumericCellValue();
    }

    /** 42.0 -> "42", 0.5 -> "0.5": what Drools reads from a General-format cell. */
    static String plainNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.valueOf(value);
    }

    /** Gives every plain numeric cell the General format, so Drools reads the number rather than its display. */
    private static byte[] normalise(Workbook workbook) throws IOException {
        CellStyle general = workbook.createCellStyle();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                        cell.setCellStyle(general);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
