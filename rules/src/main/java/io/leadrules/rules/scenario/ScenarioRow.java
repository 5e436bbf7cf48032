package io.leadrules.rules.scenario;

import java.util.Map;

/**
 * One scenario row: its row number, the trimmed text of each of its non-blank cells by column, and why it cannot be
 * used ({@code problem}, null when it can).
 */
record ScenarioRow(int number, Map<ScenarioColumn, String> values, String problem) {

    ScenarioRow {
        values = Map.copyOf(values);
    }

    /** The cell's text, trimmed; empty when the cell is blank or the file has no such column. */
    String text(ScenarioColumn column) {
        return values.getOrDefault(column, "");
    }

    boolean has(ScenarioColumn column) {
        return !text(column).isEmpty();
    }

    String name() {
        return text(ScenarioColumn.NAME);
    }
}
