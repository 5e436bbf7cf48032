package io.leadrules.rules.diff;

import io.leadrules.rules.diff.ColumnChange.Kind;
import io.leadrules.rules.diff.ColumnPairing.ColumnPair;
import io.leadrules.rules.engine.DecisionTable.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The table-level changes found in paired columns: added, removed, renamed, technical rows changed. */
final class ColumnChanges {

    private ColumnChanges() {
    }

    static List<ColumnChange> of(List<ColumnPair> pairs) {
        List<ColumnChange> changes = new ArrayList<>();
        for (ColumnPair pair : pairs) {
            if (pair.base() == null) {
                changes.add(ColumnChange.added(pair.label(), pair.other().letter()));
            } else if (pair.other() == null) {
                changes.add(ColumnChange.removed(pair.label(), pair.base().letter()));
            } else {
                changes.addAll(of(pair.base(), pair.other()));
            }
        }
        return changes;
    }

    private static List<ColumnChange> of(Column base, Column other) {
        List<ColumnChange> changes = new ArrayList<>();
        String oldHeader = ColumnPairing.header(base);
        String newHeader = ColumnPairing.header(other);
        if (!Objects.equals(oldHeader, newHeader)) {
            changes.add(change(Kind.RENAMED, base, other, oldHeader, newHeader));
        }
        technical(Kind.KEYWORD_CHANGED, Column::keyword, base, other, changes);
        technical(Kind.OBJECT_TYPE_CHANGED, Column::objectType, base, other, changes);
        technical(Kind.SNIPPET_CHANGED, Column::snippet, base, other, changes);
        return changes;
    }

    private static void technical(Kind kind, Function<Column, String> row, Column base, Column other,
                                  List<ColumnChange> into) {
        String was = row.apply(base);
        String now = row.apply(other);
        if (!Objects.equals(was, now)) {
            into.add(change(kind, base, other, was, now));
        }
    }

    private static ColumnChange change(Kind kind, Column base, Column other, String was, String now) {
        return new ColumnChange(kind, ColumnPairing.label(other), base.letter(), other.letter(), was, now);
    }
}
