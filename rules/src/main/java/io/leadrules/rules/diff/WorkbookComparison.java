package io.leadrules.rules.diff;

import io.leadrules.rules.engine.DecisionTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares the decision tables of two versions of one workbook, table by table (by sheet and table name). */
final class WorkbookComparison {

    private WorkbookComparison() {
    }

    static WorkbookDiff between(String file, List<DecisionTable> base, List<DecisionTable> other) {
        Map<TableName, DecisionTable> baseTables = byName(base);
        Map<TableName, DecisionTable> otherTables = byName(other);
        List<TableName> added = otherTables.keySet().stream().filter(name -> !baseTables.containsKey(name)).toList();
        List<TableName> removed = baseTables.keySet().stream().filter(name -> !otherTables.containsKey(name)).toList();
        List<TableDiff> changed = otherTables.entrySet().stream()
                .filter(e -> baseTables.containsKey(e.getKey()))
                .map(e -> TableComparison.between(e.getKey(), baseTables.get(e.getKey()), e.getValue()))
                .filter(TableDiff::hasChanges)
                .toList();
        return new WorkbookDiff(file, added, removed, changed);
    }

    private static Map<TableName, DecisionTable> byName(List<DecisionTable> tables) {
        Map<TableName, DecisionTable> byName = new LinkedHashMap<>();
        for (DecisionTable table : tables) {
            TableName name = new TableName(table.sheet(), table.name());
            for (int n = 2; byName.containsKey(name); n++) {
                name = new TableName(table.sheet(), table.name() + " #" + n);
            }
            byName.put(name, table);
        }
        return byName;
    }
}
