package io.leadrules.rules.diff;

import java.util.List;

/**
 * A changed decision-table file: tables added and removed (by sheet and table name) and the tables that changed.
 * All three lists are empty when the bytes changed but no table's columns or rows did: a re-save, a format, a note,
 * or a setting above a table ({@code RuleSet}, {@code Import}, ...), whose values this diff does not compare.
 */
public record WorkbookDiff(String file, List<TableName> addedTables, List<TableName> removedTables,
                           List<TableDiff> changedTables) {

    public WorkbookDiff {
        addedTables = List.copyOf(addedTables);
        removedTables = List.copyOf(removedTables);
        changedTables = List.copyOf(changedTables);
    }

    public boolean hasTableChanges() {
        return !addedTables.isEmpty() || !removedTables.isEmpty() || !changedTables.isEmpty();
    }
}
