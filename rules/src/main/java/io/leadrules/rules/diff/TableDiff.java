package io.leadrules.rules.diff;

import java.util.List;

/**
 * What changed in one decision table. Rows are matched by their {@code Rule ID}, never by row number; rows without
 * one are matched by their whole content. A changed row lists only the cells that changed.
 *
 * @param columnChanges    columns added, removed or renamed, and changes to their technical rows
 *                         (keyword, object type, snippet)
 * @param duplicateRuleIds Rule IDs used by more than one row, in either version; only the first such row is compared
 */
public record TableDiff(String sheet, String table, List<ColumnChange> columnChanges,
                        List<DuplicateRuleId> duplicateRuleIds, List<RowEntry> addedRows, List<RowEntry> removedRows,
                        List<RowChange> changedRows) {

    public TableDiff {
        columnChanges = List.copyOf(columnChanges);
        duplicateRuleIds = List.copyOf(duplicateRuleIds);
        addedRows = List.copyOf(addedRows);
        removedRows = List.copyOf(removedRows);
        changedRows = List.copyOf(changedRows);
    }

    public boolean hasChanges() {
        return !columnChanges.isEmpty() || !duplicateRuleIds.isEmpty() || !addedRows.isEmpty()
                || !removedRows.isEmpty() || !changedRows.isEmpty();
    }
}
