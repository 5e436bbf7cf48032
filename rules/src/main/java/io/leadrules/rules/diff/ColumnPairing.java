package io.leadrules.rules.diff;

import io.leadrules.rules.engine.DecisionTable.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Pairs the columns of two versions of a table, so that inserting a column does not make every later column look
 * changed: first by header, then (for a renamed header) by identical technical rows, then by position and keyword
 * (a column whose header and snippet both changed). What is left was added or removed.
 */
final class ColumnPairing {

    /** A column in the base version, the other version, or both (the other side is null when it does not exist). */
    record ColumnPair(Column base, Column other) {

        String label() {
            return ColumnPairing.label(other != null ? other : base);
        }
    }

    private ColumnPairing() {
    }

    /** The pairs in the other version's column order, then the removed columns. */
    static List<ColumnPair> of(List<Column> base, List<Column> other) {
        Map<Column, Column> baseOf = new HashMap<>();
        List<Column> unpaired = new ArrayList<>(base);
        pair(other, unpaired, baseOf, (b, o) -> b.header() != null && Objects.equals(header(b), header(o)));
        pair(other, unpaired, baseOf, ColumnPairing::sameTechnicalRows);
        pair(other, unpaired, baseOf, (b, o) -> b.index() == o.index() && Objects.equals(b.keyword(), o.keyword()));
        List<ColumnPair> pairs = new ArrayList<>();
        other.forEach(o -> pairs.add(new ColumnPair(baseOf.get(o), o)));
        unpaired.forEach(b -> pairs.add(new ColumnPair(b, null)));
        return List.copyOf(pairs);
    }

    /** The header as a person reads it (line breaks and runs of spaces as one space), or "column D" without one. */
    static String label(Column column) {
        String header = header(column);
        return header != null ? header : "column " + column.letter();
    }

    static String header(Column column) {
        if (column.header() == null) {
            return null;
        }
        String header = column.header().replaceAll("\\s+", " ").trim();
        return header.isEmpty() ? null : header;
    }

    private static void pair(List<Column> other, List<Column> unpaired, Map<Column, Column> baseOf,
                             BiPredicate<Column, Column> same) {
        for (Column o : other) {
            if (baseOf.containsKey(o)) {
                continue;
            }
            unpaired.stream().filter(b -> same.test(b, o)).findFirst().ifPresent(b -> {
                baseOf.put(o, b);
                unpaired.remove(b);
            });
        }
    }

    private static boolean sameTechnicalRows(Column base, Column other) {
        return Objects.equals(base.keyword(), other.keyword()) && Objects.equals(base.objectType(), other.objectType())
                && Objects.equals(base.snippet(), other.snippet());
    }
}
