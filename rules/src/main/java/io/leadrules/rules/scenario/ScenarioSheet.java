package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.csv.CsvRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the cells of a {@link ScenarioTable} their meaning: each header names a {@link ScenarioColumn} or a lead
 * attribute ({@code attributes.timeOnSite}, see {@link ScenarioHeader}). An unknown, malformed
 * or repeated header, or no {@code name} column, makes the whole file unreadable: a misspelled expectation column
 * must not be silently skipped. A value under no header makes only its row unreadable. Blank rows are left out.
 */
final class ScenarioSheet {

    private ScenarioSheet() {
    }

    static List<ScenarioRow> rows(ScenarioTable table) {
        List<Optional<ScenarioHeader>> columns = columns(table);
        List<ScenarioRow> rows = new ArrayList<>();
        for (ScenarioTable.Row row : table.rows()) {
            if (!row.isBlank()) {
                rows.add(bind(table, columns, row));
            }
        }
        return rows;
    }

    private static List<Optional<ScenarioHeader>> columns(ScenarioTable table) {
        refuseTooManyAttributes(table);
        List<Optional<ScenarioHeader>> columns = new ArrayList<>();
        Map<ScenarioHeader, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            Optional<ScenarioHeader> column = column(table, i, table.headers().get(i));
            Integer first = column.map(c -> seen.putIfAbsent(c, seen.size())).orElse(null);
            if (first != null) {
                throw new ScenarioFileException(table.file(), CompileMessage.of("scenario.columnTwice",
                        CsvRecord.columnLetter(i) + "1", column.get().text(),
                        CsvRecord.columnLetter(columnIndexOf(columns, column.get())) + "1"));
            }
            columns.add(column);
        }
        if (!columns.contains(Optional.of(ScenarioHeader.of(ScenarioColumn.NAME)))) {
            throw new ScenarioFileException(table.file(), CompileMessage.of("scenario.noName"));
        }
        return columns;
    }

    private static Optional<ScenarioHeader> column(ScenarioTable table, int index, String header) {
        String cell = "cell " + CsvRecord.columnLetter(index) + "1";
        if (header.isBlank()) {
            return Optional.empty();
        }
        Optional<ScenarioHeader> column = parse(table, cell, header);
        if (column.isEmpty()) {
            boolean separators = header.contains(";") || header.contains(",");
            throw new ScenarioFileException(table.file(), CompileMessage.of(separators
                    ? "scenario.unknownColumn.separators" : "scenario.unknownColumn",
                    CsvRecord.columnLetter(index) + "1", header.trim(), ScenarioColumn.allHeaders()));
        }
        return column;
    }

    private static int columnIndexOf(List<Optional<ScenarioHeader>> columns, ScenarioHeader header) {
        return columns.indexOf(Optional.of(header));
    }

    /**
     * A lead takes at most {@value ScenarioHeader#MAX_ATTRIBUTES} attributes through the API, and a scenario lead no
     * more: counted on the header line before any column is read, so a header of thousands of columns costs nothing.
     */
    private static void refuseTooManyAttributes(ScenarioTable table) {
        long attributes = table.headers().stream().filter(ScenarioHeader::isAttribute).count();
        if (attributes > ScenarioHeader.MAX_ATTRIBUTES) {
            throw new ScenarioFileException(table.file(), CompileMessage.of("scenario.tooManyAttributes", attributes,
                    ScenarioHeader.MAX_ATTRIBUTES));
        }
    }

    private static Optional<ScenarioHeader> parse(ScenarioTable table, String cell, String header) {
        try {
            return header.isBlank() ? Optional.empty() : ScenarioHeader.parse(header);
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(table.file(), cell + ": " + e.getMessage());
        }
    }

    private static ScenarioRow bind(ScenarioTable table, List<Optional<ScenarioHeader>> columns,
                                    ScenarioTable.Row row) {
        Map<ScenarioColumn, String> values = new EnumMap<>(ScenarioColumn.class);
        List<ScenarioRow.AttributeCell> attributes = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String value = row.cell(i).trim();
            if (value.isEmpty()) {
                continue;
            }
            if (i >= columns.size() || columns.get(i).isEmpty()) {
                return new ScenarioRow(row.number(), values, attributes, "row " + row.number() + ": cell "
                        + CsvRecord.columnLetter(i) + row.number() + " holds '" + value
                        + "' but its column has no header in row 1");
            }
            ScenarioHeader header = columns.get(i).get();
            if (header.isAttribute()) {
                attributes.add(new ScenarioRow.AttributeCell(header.attribute(), value,
                        CsvRecord.columnLetter(i) + row.number()));
            } else {
                values.put(header.column(), value);
            }
        }
        return new ScenarioRow(row.number(), values, attributes, null);
    }
}
