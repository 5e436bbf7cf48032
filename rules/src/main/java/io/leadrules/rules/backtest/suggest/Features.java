package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.backtest.ObservedLead;
import io.leadrules.rules.backtest.ObservedLead.RulePoints;
import io.leadrules.rules.backtest.suggest.PointRow.Kind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One feature per points row, valued so that its coefficient maps back to the row's cell: a Fit row is 1 for a lead
 * when it counted (only the best matching row of a category counts; the others fire with 0 points), a points per
 * event row is its earned points over its points per event (the events it counted, after decay and cap), a fixed
 * points row is 1 when it fired.
 */
final class Features {

    private final double[][] values;
    private final int ignoredRuleIds;

    private Features(double[][] values, int ignoredRuleIds) {
        this.values = values;
        this.ignoredRuleIds = ignoredRuleIds;
    }

    static Features of(List<PointRow> rows, List<ObservedLead> leads, VersionTables tables) {
        Map<String, Integer> column = new HashMap<>();
        for (int j = 0; j < rows.size(); j++) {
            column.put(rows.get(j).ruleId(), j);
        }
        Set<String> ignored = new HashSet<>();
        double[][] values = new double[leads.size()][];
        for (int i = 0; i < leads.size(); i++) {
            values[i] = lead(rows, column, leads.get(i), tables);
            leads.get(i).rules().stream().map(RulePoints::ruleId).filter(id -> !tables.knows(id))
                    .forEach(ignored::add);
        }
        return new Features(values, ignored.size());
    }

    /** The features of lead i, one per row. */
    double[] lead(int i) {
        return values[i];
    }

    /** The distinct Rule IDs of the observations that the version does not have: ignored. */
    int ignoredRuleIds() {
        return ignoredRuleIds;
    }

    private static double[] lead(List<PointRow> rows, Map<String, Integer> column, ObservedLead lead,
                                 VersionTables tables) {
        double[] x = new double[rows.size()];
        Map<String, Integer> bestFit = new HashMap<>();
        Map<String, Integer> earned = new HashMap<>();
        for (RulePoints fired : lead.rules()) {
            Integer j = column.get(fired.ruleId());
            if (j == null) {
                continue;
            }
            PointRow row = rows.get(j);
            if (row.kind().isFit()) {
                earned.put(row.ruleId(), fired.points());
                bestFit.merge(row.category(), j, (a, b) -> counted(rows, earned, a, b, tables));
            } else {
                x[j] = row.kind() == Kind.PER_EVENT ? (double) fired.points() / row.current() : 1;
            }
        }
        bestFit.values().forEach(j -> x[j] = 1);
        return x;
    }

    /**
     * Of two matched rows of a category, the one that counted: the one that earned points, else (both earned 0) the
     * one worth more now, else the first by Rule ID, as FIT-BEST breaks ties.
     */
    private static int counted(List<PointRow> rows, Map<String, Integer> earned, int a, int b, VersionTables tables) {
        PointRow ra = rows.get(a);
        PointRow rb = rows.get(b);
        int ea = earned.get(ra.ruleId());
        int eb = earned.get(rb.ruleId());
        if (ea != eb) {
            return Math.abs(ea) > Math.abs(eb) ? a : b;
        }
        int wa = ra.pointsNow(weight(tables, ra));
        int wb = rb.pointsNow(weight(tables, rb));
        if (wa != wb) {
            return wa > wb ? a : b;
        }
        return ra.ruleId().compareTo(rb.ruleId()) <= 0 ? a : b;
    }

    private static int weight(VersionTables tables, PointRow row) {
        CategoryWeight weight = tables.weights().get(row.category());
        return weight == null ? 0 : weight.current();
    }
}
