package io.leadrules.rules.diff;

import java.util.List;

/** A row present in both versions (same Rule ID) whose cells differ; the row numbers may differ too. */
public record RowChange(String ruleId, int oldRow, int newRow, List<CellChange> cells) {

    public RowChange {
        cells = List.copyOf(cells);
    }
}
