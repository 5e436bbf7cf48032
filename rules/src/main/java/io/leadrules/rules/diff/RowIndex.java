package io.leadrules.rules.diff;

import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.DecisionTable.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of one version of a table by Rule ID (the first row of each), and the rows that have none. */
record RowIndex(Map<String, Row> byRuleId, List<Row> withoutRuleId, Map<String, List<Row>> duplicates) {

    static RowIndex of(DecisionTable table) {
        Map<String, List<Row>> all = new LinkedHashMap<>();
        List<Row> withoutRuleId = new ArrayList<>();
        for (Row row : table.rows()) {
            String ruleId = ruleId(table, row);
            if (ruleId == null) {
                withoutRuleId.add(row);
            } else {
                all.computeIfAbsent(ruleId, id -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Row> first = new LinkedHashMap<>();
        Map<String, List<Row>> duplicates = new LinkedHashMap<>();
        all.forEach((id, rows) -> {
            first.put(id, rows.get(0));
            if (rows.size() > 1) {
                duplicates.put(id, rows);
            }
        });
        return new RowIndex(first, withoutRuleId, duplicates);
    }

    /** The row's Rule ID without surrounding spaces, or null when it has none. */
    static String ruleId(DecisionTable table, Row row) {
        String ruleId = table.ruleId(row);
        return ruleId == null || ruleId.isBlank() ? null : ruleId.trim();
    }
}
