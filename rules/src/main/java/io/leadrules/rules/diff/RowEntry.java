package io.leadrules.rules.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row added or removed: its Rule ID (null when it has none), the cell that holds (or would hold) the Rule ID,
 * its one-based row number, and its non-empty values by column header, in column order.
 */
public record RowEntry(String ruleId, String ruleIdCell, int row, Map<String, String> values) {

    public RowEntry {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The Rule ID, or "row 17" for a row without one. */
    public String label() {
        return ruleId != null ? ruleId : "row " + row;
    }
}
