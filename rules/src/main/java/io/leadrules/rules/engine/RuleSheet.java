package io.leadrules.rules.engine;

import io.leadrules.rules.model.TableKind;
import io.leadrules.rules.model.TableKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet that holds at least one RuleTable: its tables, its settings, what is wrong with its technical part, and
 * the copy of it that Drools gets. Drools reads settings anywhere on the sheet and the cached value or the formula of
 * a formula cell depending on the path, so formulas are refused outright and the copy keeps only the settings rows
 * and the table blocks that were checked, with every backslash of a value escaped (Drools escapes double quotes
 * itself, but not backslashes, which would let a value end its string literal or spell a unicode escape).
 */
final class RuleSheet {

    private final String file;
    private final Sheet sheet;
    private final List<TableBlock> blocks;
    private final SheetSettings settings;

    private RuleSheet(String file, Sheet sheet, List<TableBlock> blocks, SheetSettings settings) {
        this.file = file;
        this.sheet = sheet;
        this.blocks = blocks;
        this.settings = settings;
    }

    /** The sheet's tables, each knowing the package its sheet's RuleSet names. */
    static RuleSheet of(String file, Sheet sheet, List<TableBlock> read) {
        SheetSettings settings = SheetSettings.read(sheet, read);
        List<TableBlock> blocks = read.stream()
                .map(b -> new TableBlock(b.table().withRuleSet(settings.ruleSet()), b.column())).toList();
        return new RuleSheet(file, sheet, blocks, settings);
    }

    List<DecisionTable> tables() {
        return blocks.stream().map(TableBlock::table).toList();
    }

    List<CompileProblem> problems() {
        List<CompileProblem> problems = new ArrayList<>(formulas());
        for (TableBlock block : blocks) {
            Optional<TableKind> kind = block.table().kind();
            kind.ifPresent(k -> problems.addAll(TableTemplateCheck.check(file, sheet, block, k, settings)));
            problems.addAll(LanguageColumns.check(block.table()));
        }
        return problems;
    }

    private List<CompileProblem> formulas() {
        List<CompileProblem> problems = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    problems.add(CompileProblem.inCell(file, sheet.getSheetName(),
                            SheetCells.reference(cell.getRowIndex(), cell.getColumnIndex()),
                            CompileMessage.of("cell.formula")));
                }
            }
        }
        return problems;
    }

    /** Reduces the sheet to what was checked, and escapes the backslashes of the values. Call after reading it. */
    void prepareForDrools() {
        for (Row row : sheet) {
            List<Cell> dropped = new ArrayList<>();
            for (Cell cell : row) {
                if (!kept(cell.getRowIndex(), cell.getColumnIndex())) {
                    dropped.add(cell);
                } else if (isValue(cell) && cell.getCellType() == CellType.STRING) {
                    cell.setCellValue(cell.getStringCellValue().replace("\\", "\\\\"));
                }
            }
            dropped.forEach(row::removeCell);
        }
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress range = sheet.getMergedRegion(i);
            if (!kept(range.getFirstRow(), range.getFirstColumn())) {
                sheet.removeMergedRegion(i);
            }
        }
    }

    private boolean kept(int row, int column) {
        return settings.holdsRow(row) || blocks.stream().anyMatch(b -> b.holds(row, column));
    }

    private boolean isValue(Cell cell) {
        return blocks.stream().anyMatch(b -> b.holdsData(cell.getRowIndex()) && b.holds(cell.getRowIndex(),
                cell.getColumnIndex()));
    }
}
