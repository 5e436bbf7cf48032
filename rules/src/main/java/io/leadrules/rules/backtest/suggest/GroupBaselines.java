package io.leadrules.rules.backtest.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the coefficients of each group of exclusive rows (a fit category, whose best row alone counts; a window line,
 * whose bands do not overlap) on the group's own baseline: its lowest coefficient becomes 0. A lead earns at most one
 * row of a group, so when every lead earns one, moving all of them by the same amount moves every score alike and
 * changes no ranking; the regression's intercept absorbs it. Without this, a line whose every band the regression
 * puts below zero turns into penalties that push the engagement score against its floor of 0, and a category whose
 * rows are all below zero gets a Match of 0 everywhere. When some leads earn no row of the group, the baseline is
 * those leads' 0 unless a row lies below it: a row cannot be written below "no row" (a Match is 0 to 100), so such a
 * row then sits with the leads that earned none.
 */
final class GroupBaselines {

    private GroupBaselines() {
    }

    /** The coefficients with each group's baseline taken off; NaN (a row not fitted) stays NaN. */
    static double[] shifted(List<PointRow> rows, double[] beta, Features features, int[] training) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int j = 0; j < rows.size(); j++) {
            if (rows.get(j).category() != null) {
                groups.computeIfAbsent(rows.get(j).category(), g -> new ArrayList<>()).add(j);
            }
        }
        double[] shifted = beta.clone();
        groups.values().forEach(members -> {
            double baseline = baseline(members, beta, features, training);
            members.stream().filter(j -> !Double.isNaN(beta[j])).forEach(j -> shifted[j] = beta[j] - baseline);
        });
        return shifted;
    }

    private static double baseline(List<Integer> members, double[] beta, Features features, int[] training) {
        double lowest = members.stream().mapToDouble(j -> beta[j]).filter(b -> !Double.isNaN(b)).min().orElse(0);
        return someLeadEarnsNone(members, features, training) ? Math.min(lowest, 0) : lowest;
    }

    private static boolean someLeadEarnsNone(List<Integer> members, Features features, int[] training) {
        for (int i : training) {
            double[] x = features.lead(i);
            if (members.stream().allMatch(j -> x[j] == 0)) {
                return true;
            }
        }
        return false;
    }
}
