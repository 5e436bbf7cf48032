package io.leadrules.rules.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conversion by any string-valued key per lead: grade, temperature, stage, priority.
 *
 * <p>Rows come in the caller's order (A, B, C, D; or COLD, WARM, HOT), every listed key shown even with no
 * leads, so an empty grade is visible; keys the order does not list follow, sorted, so nothing the data holds is
 * dropped. With an empty order every row is sorted by key.
 */
public final class Categories {

    private Categories() {
    }

    public static CategoryTable conversionBy(String[] keys, boolean[] converted, List<String> order) {
        Leads.sameLength(converted.length, keys.length, "keys");
        Map<String, int[]> counts = new HashMap<>();
        int[] missing = new int[2];
        for (int i = 0; i < keys.length; i++) {
            int[] cell = keys[i] == null || keys[i].isBlank() ? missing
                    : counts.computeIfAbsent(keys[i], k -> new int[2]);
            cell[0]++;
            if (converted[i]) {
                cell[1]++;
            }
        }
        List<CategoryRow> rows = new ArrayList<>();
        for (String key : rowOrder(order, counts.keySet())) {
            int[] cell = counts.getOrDefault(key, new int[2]);
            rows.add(new CategoryRow(key, Conversion.of(cell[0], cell[1])));
        }
        return new CategoryTable(rows, Conversion.of(missing[0], missing[1]));
    }

    private static Set<String> rowOrder(List<String> order, Set<String> seen) {
        Set<String> keys = new LinkedHashSet<>(order);
        keys.addAll(new TreeSet<>(seen));
        return keys;
    }
}
