package io.leadrules.rules.backtest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The per-rule table, gathered one lead at a time so a backtest can stream its leads: memory grows with the number
 * of rules, not of leads. Not thread-safe: one instance per backtest.
 *
 * <p>The version's rule ids are given up front so a rule that never fires still gets its (dead) row; an id that
 * fires but was not listed gets a row too, after the listed ones, sorted. A rule that fires twice for one lead
 * counts that lead once.
 */
public final class RuleFirings {

    private final Map<String, int[]> listed = new LinkedHashMap<>();
    private final Map<String, int[]> unlisted = new TreeMap<>();
    private int leads;
    private int converted;

    public RuleFirings(Collection<String> ruleIds) {
        for (String id : ruleIds) {
            listed.put(id, new int[2]);
        }
    }

    /** One lead: whether it converted, and the ids of the rules that fired for it. */
    public void record(boolean leadConverted, Collection<String> firedRuleIds) {
        leads++;
        if (leadConverted) {
            converted++;
        }
        Set<String> once = new HashSet<>(firedRuleIds);
        for (String id : once) {
            int[] cell = listed.containsKey(id) ? listed.get(id) : unlisted.computeIfAbsent(id, k -> new int[2]);
            cell[0]++;
            if (leadConverted) {
                cell[1]++;
            }
        }
    }

    public List<RuleRow> table() {
        List<RuleRow> rows = new ArrayList<>();
        listed.forEach((id, cell) -> rows.add(row(id, cell)));
        unlisted.forEach((id, cell) -> rows.add(row(id, cell)));
        return List.copyOf(rows);
    }

    private RuleRow row(String id, int[] cell) {
        return new RuleRow(id, Conversion.of(cell[0], cell[1]),
                Conversion.of(leads - cell[0], converted - cell[1]));
    }
}
