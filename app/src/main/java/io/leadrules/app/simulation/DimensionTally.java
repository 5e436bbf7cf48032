package io.leadrules.app.simulation;

import io.leadrules.app.simulation.ImpactReport.Transition;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Counts of one dimension (stage, say) over the compared leads: how many leads have each value before and after, and
 * how many moved from one value to another. A lead without a value (an INVALID lead has no temperature or priority)
 * counts under {@value #NONE}. Memory is one counter per value and per pair of values, whatever the number of leads.
 */
final class DimensionTally {

    static final String NONE = "NONE";
    /** Values in alphabetical order, {@value #NONE} last. */
    static final Comparator<String> VALUE_ORDER = Comparator.comparing((String value) -> value.equals(NONE))
            .thenComparing(Comparator.naturalOrder());

    private final Map<String, Integer> before = new HashMap<>();
    private final Map<String, Integer> after = new HashMap<>();
    private final Map<Move, Integer> moves = new HashMap<>();

    void add(String valueBefore, String valueAfter) {
        String from = Objects.requireNonNullElse(valueBefore, NONE);
        String to = Objects.requireNonNullElse(valueAfter, NONE);
        before.merge(from, 1, Integer::sum);
        after.merge(to, 1, Integer::sum);
        if (!from.equals(to)) {
            moves.merge(new Move(from, to), 1, Integer::sum);
        }
    }

    /** Leads by value before; every value seen on either side is a key, 0 when no lead had it before. */
    Map<String, Integer> before() {
        return withEveryValue(before);
    }

    Map<String, Integer> after() {
        return withEveryValue(after);
    }

    /** The leads whose value changed, by from and to: most leads first, then by from and to. */
    List<Transition> transitions() {
        return moves.entrySet().stream()
                .map(entry -> new Transition(entry.getKey().from(), entry.getKey().to(), entry.getValue()))
                .sorted(Comparator.comparingInt(Transition::leads).reversed()
                        .thenComparing(Transition::from, VALUE_ORDER)
                        .thenComparing(Transition::to, VALUE_ORDER))
                .toList();
    }

    private Map<String, Integer> withEveryValue(Map<String, Integer> counts) {
        TreeSet<String> values = new TreeSet<>(VALUE_ORDER);
        values.addAll(before.keySet());
        values.addAll(after.keySet());
        Map<String, Integer> all = new LinkedHashMap<>();
        values.forEach(value -> all.put(value, counts.getOrDefault(value, 0)));
        return all;
    }

    private record Move(String from, String to) {
    }
}
