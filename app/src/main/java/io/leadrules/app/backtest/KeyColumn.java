package io.leadrules.app.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A growing column of one category per lead (a grade, a stage), kept as small codes over the few distinct values, so
 * a million leads cost four megabytes rather than a million references. Null (no grade: an INVALID lead) is a value.
 */
final class KeyColumn {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] column = new int[1024];
    private int size;

    void add(String key) {
        if (size == column.length) {
            column = Arrays.copyOf(column, size * 2);
        }
        column[size++] = codes.computeIfAbsent(key, value -> {
            values.add(value);
            return values.size() - 1;
        });
    }

    String[] keys() {
        String[] keys = new String[size];
        for (int i = 0; i < size; i++) {
            keys[i] = values.get(column[i]);
        }
        return keys;
    }
}
