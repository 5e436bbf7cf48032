package io.leadrules.rules.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the cells of a {@link ScenarioTable} their meaning: each header names a {@link ScenarioColumn}. An unknown
 * or repeated header, or no {@code name} column, makes the whole file unreadable: a misspelled expectation column
 * must not be silently skipped. A value under no header makes only its row unreadable. Blank rows are left out.
 */
final class ScenarioSheet {

    private ScenarioSheet() {
    }

    static List<ScenarioRow> rows(ScenarioTable table) {
        List<Optional<ScenarioColumn>> columns = columns(table);
        List<ScenarioRow> rows = new ArrayList<>();
        for (ScenarioTable.Row row : table.rows()) {
            if (!row.isBlank()) {
                rows.add(bind(table, columns, row));
            }
        }
        return rows;
    }

    private static List<Optional<ScenarioColumn>> columns(ScenarioTable table) {
        List<Optional<ScenarioColumn>> columns = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            columns.add(column(table, i, table.headers().get(i)));
        }
        if (!columns.contains(Optional.of(ScenarioColumn.NAME))) {
            throw new ScenarioFileException(table.file(), "row 1 has no 'name' column; row 1 holds the column "
                    + "headers and every scenario needs a name");
        }
        return columns;
    }

    private static Optional<ScenarioColumn> column(ScenarioTable table, int index, String header) {
        String cell = "cell " + ScenarioTable.columnLetter(index) + "1";
        if (header.isBlank()) {
            return Optional.empty();
        }
        Optional<ScenarioColumn> column = ScenarioColumn.forHeader(header);
        if (column.isEmpty()) {
            String hint = header.contains(";") ? " (the file seems to use ';' between cells: save it as "
                    + "\"CSV UTF-8 (comma delimited)\")" : "";
            throw new ScenarioFileException(table.file(), cell + ": unknown column '" + header.trim() + "'" + hint
                    + "; the columns are " + ScenarioColumn.allHeaders());
        }
        int first = table.headers().subList(0, index).stream().map(ScenarioColumn::forHeader).toList()
                .indexOf(column);
        if (first >= 0) {
            throw new ScenarioFileException(table.file(), cell + ": the column '" + column.get().header()
                    + "' is already at cell " + ScenarioTable.columnLetter(first) + "1");
        }
        return column;
    }

    private static ScenarioRow bind(ScenarioTable table, List<Optional<ScenarioColumn>> columns,
                                    ScenarioTable.Row row) {
        Map<ScenarioColumn, String> values = new EnumMap<>(ScenarioColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String value = row.cell(i).trim();
            if (value.isEmpty()) {
                continue;
            }
            if (i >= columns.size() || columns.get(i).isEmpty()) {
                return new ScenarioRow(row.number(), values, "row " + row.number() + ": cell "
                        + ScenarioTable.columnLetter(i) + row.number() + " holds '" + value
                        + "' but its column has no header in row 1");
            }
            values.put(columns.get(i).get(), value);
        }
        return new ScenarioRow(row.number(), values, null);
    }
}
