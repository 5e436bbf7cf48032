package io.leadrules.rules.diff;

import io.leadrules.rules.diff.ColumnPairing.ColumnPair;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.DecisionTable.Column;
import io.leadrules.rules.engine.DecisionTable.Row;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Compares two versions of one decision table, row by row, matching rows by Rule ID or else by content. */
final class TableComparison {

    private final DecisionTable base;
    private final DecisionTable other;
    private final List<ColumnPair> pairs;
    private final List<RowEntry> added = new ArrayList<>();
    private final List<RowEntry> removed = new ArrayList<>();
    private final List<RowChange> changed = new ArrayList<>();

    private TableComparison(DecisionTable base, DecisionTable other) {
        this.base = base;
        this.other = other;
        this.pairs = ColumnPairing.of(base.columns(), other.columns());
    }

    static TableDiff between(TableName name, DecisionTable base, DecisionTable other) {
        TableComparison comparison = new TableComparison(base, other);
        RowIndex baseRows = RowIndex.of(base);
        RowIndex otherRows = RowIndex.of(other);
        comparison.byRuleId(baseRows.byRuleId(), otherRows.byRuleId());
        comparison.byContent(baseRows.withoutRuleId(), otherRows.withoutRuleId());
        return comparison.diff(name, baseRows, otherRows);
    }

    private void byRuleId(Map<String, Row> baseRows, Map<String, Row> otherRows) {
        otherRows.forEach((ruleId, row) -> {
            Row was = baseRows.get(ruleId);
            if (was == null) {
                added.add(entry(other, row));
                return;
            }
            List<CellChange> cells = cellChanges(was, row);
            if (!cells.isEmpty()) {
                changed.add(new RowChange(ruleId, was.number(), row.number(), cells));
            }
        });
        baseRows.forEach((ruleId, row) -> {
            if (!otherRows.containsKey(ruleId)) {
                removed.add(entry(base, row));
            }
        });
    }

    /** Rows without a Rule ID match a row of identical content; any other is added or removed. */
    private void byContent(List<Row> baseRows, List<Row> otherRows) {
        Map<List<String>, Deque<Row>> unmatched = new HashMap<>();
        baseRows.forEach(row -> unmatched.computeIfAbsent(content(row, ColumnPair::base), c -> new ArrayDeque<>())
                .add(row));
        for (Row row : otherRows) {
            Deque<Row> same = unmatched.get(content(row, ColumnPair::other));
            if (same == null || same.poll() == null) {
                added.add(entry(other, row));
            }
        }
        unmatched.values().forEach(rows -> rows.forEach(row -> removed.add(entry(base, row))));
    }

    private List<String> content(Row row, Function<ColumnPair, Column> side) {
        return pairs.stream().map(side).map(column -> column == null ? null : row.value(column)).toList();
    }

    private List<CellChange> cellChanges(Row was, Row now) {
        List<CellChange> cells = new ArrayList<>();
        for (ColumnPair pair : pairs) {
            String oldValue = pair.base() == null ? null : was.value(pair.base());
            String newValue = pair.other() == null ? null : now.value(pair.other());
            if (!Objects.equals(oldValue, newValue)) {
                cells.add(new CellChange(pair.label(), cell(pair.base(), was), oldValue, cell(pair.other(), now),
                        newValue));
            }
        }
        return cells;
    }

    /** "D15", or null when the column does not exist in that version. */
    private static String cell(Column column, Row row) {
        return column == null ? null : DecisionTable.cell(column, row);
    }

    private static RowEntry entry(DecisionTable table, Row row) {
        String ruleIdCell = table.ruleIdColumn().map(column -> DecisionTable.cell(column, row)).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            String value = row.value(column);
            if (value != null) {
                String header = ColumnPairing.label(column);
                values.put(values.containsKey(header) ? header + " (" + column.letter() + ")" : header, value);
            }
        }
        return new RowEntry(RowIndex.ruleId(table, row), ruleIdCell, row.number(), values);
    }

    private TableDiff diff(TableName name, RowIndex baseRows, RowIndex otherRows) {
        added.sort(Comparator.comparingInt(RowEntry::row));
        removed.sort(Comparator.comparingInt(RowEntry::row));
        changed.sort(Comparator.comparingInt(RowChange::newRow));
        List<DuplicateRuleId> duplicates = new ArrayList<>(duplicates(DuplicateRuleId.Version.BASE, base, baseRows));
        duplicates.addAll(duplicates(DuplicateRuleId.Version.OTHER, other, otherRows));
        return new TableDiff(name.sheet(), name.table(), ColumnChanges.of(pairs), duplicates, added, removed, changed);
    }

    private static List<DuplicateRuleId> duplicates(DuplicateRuleId.Version version, DecisionTable table,
                                                    RowIndex rows) {
        if (rows.duplicates().isEmpty()) {
            return List.of();
        }
        Column ruleIdColumn = table.ruleIdColumn().orElseThrow();
        return rows.duplicates().entrySet().stream()
                .map(e -> new DuplicateRuleId(version, e.getKey(),
                        e.getValue().stream().map(row -> DecisionTable.cell(ruleIdColumn, row)).toList()))
                .toList();
    }
}
