package io.leadrules.rules.backtest;

import java.util.List;

/**
 * Conversion by category. {@code missing} holds the leads without a key (null or blank), always present, so a
 * lead without a grade is counted, never dropped; it is a member apart so that no real category named "missing"
 * can be mistaken for it.
 */
public record CategoryTable(List<CategoryRow> rows, Conversion missing) {

    public CategoryTable {
        rows = List.copyOf(rows);
    }
}
