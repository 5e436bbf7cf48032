package io.leadrules.rules.dataset;

import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.scenario.ScenarioColumn;
import io.leadrules.rules.scenario.ScenarioRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one record, checked as text and sorted by meaning: the dataset's own cells, and the lead's member and
 * attribute cells as the {@link ScenarioRow} a scenario file would give, so the lead is built the same way.
 */
final class RowCells {

    private final CsvRecord record;
    private final DatasetHeader header;
    private final DatasetLimits limits;
    private final Map<DatasetColumn, String> dataset = new EnumMap<>(DatasetColumn.class);
    private final Map<ScenarioColumn, String> lead = new EnumMap<>(ScenarioColumn.class);
    private final List<ScenarioRow.AttributeCell> attributes = new ArrayList<>();

    RowCells(CsvRecord record, DatasetHeader header, DatasetLimits limits) {
        this.record = record;
        this.header = header;
        this.limits = limits;
        record.flaws().forEach(this::refuse);
        for (int i = 0; i < record.cells().size(); i++) {
            sort(i, record.cell(i).trim());
        }
    }

    int line() {
        return record.row();
    }

    /** The trimmed text of the dataset column; empty when blank or absent. */
    String text(DatasetColumn column) {
        return dataset.getOrDefault(column, "");
    }

    ScenarioRow leadRow() {
        return new ScenarioRow(record.row(), lead, attributes, null);
    }

    /** The text of the column with this header, for a problem found later; null when there is none. */
    String textOf(String columnHeader) {
        for (int i = 0; i < record.cells().size(); i++) {
            DatasetHeader.Column column = header.column(i);
            if (column != null && column.text().equals(columnHeader)) {
                return record.cell(i).trim();
            }
        }
        return null;
    }

    private void sort(int index, String text) {
        if (text.isEmpty()) {
            return;
        }
        DatasetHeader.Column column = header.column(index);
        if (column == null) {
            throw rejected(CsvRecord.columnLetter(index), text, "this cell has no header in line 1");
        }
        check(column, text);
        if (column.dataset() != null) {
            dataset.put(column.dataset(), text);
        } else if (column.lead().isAttribute()) {
            attributes.add(new ScenarioRow.AttributeCell(column.lead().attribute(), text,
                    CsvRecord.columnLetter(index) + record.row()));
        } else {
            lead.put(column.lead().column(), text);
        }
    }

    private void check(DatasetHeader.Column column, String text) {
        boolean activities = column.lead() != null && column.lead().column() == ScenarioColumn.ACTIVITIES;
        int max = activities ? limits.maxActivitiesCellLength() : limits.maxCellLength();
        if (text.length() > max) {
            throw rejected(column.text(), text, "the cell is longer than " + max + " characters");
        }
        String why = TextChecks.notText(text);
        if (why != null) {
            throw rejected(column.text(), text, "the cell " + why);
        }
    }

    private void refuse(CsvRecord.Flaw flaw) {
        DatasetHeader.Column column = header.column(flaw.column());
        String name = column == null ? CsvRecord.columnLetter(flaw.column()) : column.text();
        String value = record.cell(flaw.column());
        throw switch (flaw.kind()) {
            case TOO_LONG -> rejected(name, value, "the cell is longer than "
                    + Math.max(limits.maxCellLength(), limits.maxActivitiesCellLength()) + " characters");
            case TEXT_AFTER_QUOTE -> rejected(name, value, "text after the closing quote of a cell: write a \" "
                    + "inside a quoted cell as \"\"");
            case UNCLOSED_QUOTE -> rejected(name, value, "a quoted cell is never closed (a \" is missing), so it "
                    + "ran to the end of the file");
            case TOO_MANY_CELLS -> rejected(null, null, "the line has more cells than line 1 has columns");
        };
    }

    RejectedRow rejected(String column, String value, String message) {
        return new RejectedRow(DatasetProblem.of(record.row(), column, value, message));
    }
}
