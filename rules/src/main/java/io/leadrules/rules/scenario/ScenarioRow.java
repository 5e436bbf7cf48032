package io.leadrules.rules.scenario;

import java.util.List;
import java.util.Map;

/**
 * One scenario row: its row number, the trimmed text of each of its non-blank cells by column, its non-blank
 * attribute cells in column order, and why it cannot be used ({@code problem}, null when it can).
 */
public record ScenarioRow(int number, Map<ScenarioColumn, String> values, List<AttributeCell> attributes,
                          String problem) {

    public ScenarioRow {
        values = Map.copyOf(values);
        attributes = List.copyOf(attributes);
    }

    /** A non-blank cell under an {@code attributes.<name>} header, with its address ({@code U7}) for messages. */
    public record AttributeCell(String name, String text, String cell) {
    }

    /** The cell's text, trimmed; empty when the cell is blank or the file has no such column. */
    public String text(ScenarioColumn column) {
        return values.getOrDefault(column, "");
    }

    public boolean has(ScenarioColumn column) {
        return !text(column).isEmpty();
    }

    String name() {
        return text(ScenarioColumn.NAME);
    }
}
