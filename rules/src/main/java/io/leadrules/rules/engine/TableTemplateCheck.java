package io.leadrules.rules.engine;

import io.leadrules.rules.model.ColumnTemplate;
import io.leadrules.rules.model.TableKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Compares the technical part of a table of a known kind with the kind's template: the settings of its sheet, the
 * RuleTable cell, and the keyword, object type and snippet rows (merged object type cells included). The technical
 * part is the product's code; a person edits the visible cells only. The table may start in any cell.
 */
final class TableTemplateCheck {

    private static final String[] ROWS = {"keyword", "object type", "code"};

    private final String file;
    private final Sheet sheet;
    private final TableKind kind;
    private final List<CompileProblem> problems = new ArrayList<>();

    private TableTemplateCheck(String file, Sheet sheet, TableKind kind) {
        this.file = file;
        this.sheet = sheet;
        this.kind = kind;
    }

    static List<CompileProblem> check(String file, Sheet sheet, TableBlock block, TableKind kind, SheetSettings settings) {
        TableTemplateCheck check = new TableTemplateCheck(file, sheet, kind);
        check.settings(settings);
        check.technicalRows(block);
        check.mergedCells(block);
        return check.problems;
    }

    private void settings(SheetSettings settings) {
        Set<String> seen = new HashSet<>();
        for (SheetSettings.Setting row : settings.rows()) {
            TableKind.Setting expected = kind.settings().stream()
                    .filter(s -> s.label().equalsIgnoreCase(row.label())).findFirst().orElse(null);
            if (expected == null || !seen.add(expected.label())) {
                problem(row.labelCell(), CompileMessage.of("template.unknownSetting", row.label(), kind.describe(),
                        settingLabels()));
                continue;
            }
            if (!expected.value().equals(row.value())) {
                problem(row.valueCell(), CompileMessage.of("template.wrongSetting", expected.label(), expected.value(),
                        row.value(), kind.workbook()));
            }
            row.extraColumns().forEach(c -> problem(SheetCells.reference(row.row(), c),
                    CompileMessage.of("template.settingExtraCell", expected.label())));
        }
        kind.settings().stream().filter(s -> !seen.contains(s.label())).forEach(s -> problems.add(
                CompileProblem.inSheet(file, sheet.getSheetName(), CompileMessage.of("template.missingSetting",
                        s.label(), kind.tableName(), s.value(), kind.workbook()))));
    }

    private void technicalRows(TableBlock block) {
        int top = block.firstRow();
        expect(top, block.column(), kind.ruleTableCell(), false);
        for (int offset = 0; offset < ROWS.length; offset++) {
            int row = top + 1 + offset;
            int last = Math.max(lastColumn(row), block.column() + kind.columns().size() - 1);
            for (int column = block.column(); column <= last; column++) {
                int index = column - block.column();
                String expected = index < kind.columns().size() ? expected(kind.columns().get(index), offset) : null;
                expect(row, column, expected, offset == 0);
            }
        }
    }

    private static String expected(ColumnTemplate column, int offset) {
        return switch (offset) {
            case 0 -> column.keyword();
            case 1 -> column.objectSpan() > 0 ? column.objectType() : null;
            default -> column.snippet();
        };
    }

    private void expect(int row, int column, String expected, boolean ignoreCase) {
        String actual = SheetCells.raw(sheet, row, column);
        boolean same = ignoreCase && expected != null ? expected.equalsIgnoreCase(actual) : Objects.equals(expected, actual);
        if (!same) {
            String key = "template.technicalCell" + (expected == null ? ".clear" : ".read")
                    + (actual == null ? ".empty" : ".other");
            problem(SheetCells.reference(row, column), CompileMessage.of(key, kind.tableName(), expected, actual,
                    kind.workbook()));
        }
    }

    /** The object type row's merged cells must be exactly the template's; no other technical cell is merged. */
    private void mergedCells(TableBlock block) {
        int objectRow = block.firstRow() + 2;
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < kind.columns().size(); i++) {
            int span = kind.columns().get(i).objectSpan();
            if (span > 1) {
                int first = block.column() + i;
                expected.add(new CellRangeAddress(objectRow, objectRow, first, first + span - 1).formatAsString());
            }
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            boolean technical = range.getLastRow() >= block.firstRow() && range.getFirstRow() <= block.firstRow() + 3;
            if (technical && !expected.remove(range.formatAsString())) {
                problem(range.formatAsString().split(":")[0], CompileMessage.of("template.merged",
                        range.formatAsString(), kind.tableName(), kind.workbook()));
            }
        }
        expected.forEach(range -> problem(range.split(":")[0], CompileMessage.of("template.notMerged",
                kind.tableName(), range, kind.workbook())));
    }

    private int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    private String settingLabels() {
        return String.join(", ", kind.settings().stream().map(TableKind.Setting::label).toList());
    }

    private void problem(String cell, CompileMessage message) {
        problems.add(CompileProblem.inCell(file, sheet.getSheetName(), cell, message));
    }
}
