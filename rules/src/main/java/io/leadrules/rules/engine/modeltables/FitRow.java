package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.DecisionTable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A Fit row that became a rule, as the model checks need it: what it tests and the points it gives.
 *
 * @param values the Values cell as typed; null for a test without values
 * @param range  the band of a "between" row (dates as days); null for the other tests
 */
record FitRow(DecisionTable table, DecisionTable.Row row, String ruleId, String category, Field field, FitTest test,
              String values, Range range, int points) {

    /** The values as a set of entries, ignoring order, case and blanks: "B, a" and "a,b" are the same values. */
    String sameValues() {
        return values == null ? "" : Arrays.stream(values.split(",")).map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).sorted().distinct().collect(Collectors.joining(","));
    }

    /** True when the row matches every lead that has its field ("is given", or "is one of" with the entry *). */
    boolean matchesAnyGivenValue() {
        return test == FitTest.IS_GIVEN || test == FitTest.IS_ONE_OF && sameValues().matches("(.*,)?\\*(,.*)?");
    }

    /** "row 14 (FIT-SIZE-MID)": how a message names another row. */
    String label() {
        return "row " + row.number() + " (" + ruleId + ")";
    }
}
