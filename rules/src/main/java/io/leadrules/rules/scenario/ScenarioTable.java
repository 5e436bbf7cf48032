package io.leadrules.rules.scenario;

import java.util.List;

/**
 * A scenario file as text cells, before any meaning is given to them: the header row and the rows below it.
 * {@code number} is the row number a spreadsheet app shows (the header is row 1).
 */
record ScenarioTable(String file, List<String> headers, List<Row> rows) {

    ScenarioTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
