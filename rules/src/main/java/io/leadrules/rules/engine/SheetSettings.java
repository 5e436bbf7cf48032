package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The settings of a sheet as Drools reads them: every row outside the tables that holds a label and a value
 * ({@code RuleSet}, {@code Import}, {@code RULEFLOW-GROUP}, but also {@code Functions}, {@code Variables}, ...,
 * wherever on the sheet they are). A row with one text only (a title, a note) is not a setting.
 */
record SheetSettings(List<Setting> rows) {

    /** One setting row: the label, its value, and any further non-empty cells, zero-based. */
    record Setting(int row, int labelColumn, String label, int valueColumn, String value, List<Integer> extraColumns) {

        String labelCell() {
            return SheetCells.reference(row, labelColumn);
        }

        String valueCell() {
            return SheetCells.reference(row, valueColumn);
        }
    }

    static SheetSettings read(Sheet sheet, List<TableBlock> blocks) {
        List<Setting> settings = new ArrayList<>();
        for (Row row : sheet) {
            int r = row.getRowNum();
            if (blocks.stream().noneMatch(b -> b.holdsRow(r))) {
                setting(row).ifPresent(settings::add);
            }
        }
        return new SheetSettings(List.copyOf(settings));
    }

    private static Optional<Setting> setting(Row row) {
        List<Cell> filled = new ArrayList<>();
        row.forEach(cell -> {
            if (!SheetCells.isBlank(cell)) {
                filled.add(cell);
            }
        });
        if (filled.size() < 2) {
            return Optional.empty();
        }
        Cell label = filled.get(0);
        Cell value = filled.get(1);
        List<Integer> extra = filled.subList(2, filled.size()).stream().map(Cell::getColumnIndex).toList();
        return Optional.of(new Setting(row.getRowNum(), label.getColumnIndex(), SheetCells.raw(label),
                value.getColumnIndex(), SheetCells.raw(value), extra));
    }

    boolean holdsRow(int row) {
        return rows.stream().anyMatch(s -> s.row() == row);
    }

    /** The package the sheet's RuleSet row names, or null. */
    String ruleSet() {
        return rows.stream().filter(s -> s.label().equalsIgnoreCase("RuleSet")).map(Setting::value)
                .findFirst().orElse(null);
    }
}
