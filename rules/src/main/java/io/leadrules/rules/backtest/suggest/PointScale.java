package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.backtest.suggest.PointRow.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns coefficients (log-odds) into values on the version's own scales with one factor, {@code pointsPerLogOdds}:
 * score points per unit of log-odds. It is chosen so the re-suggested fit weights add up to what they add up to now
 * (the fit score keeps its range); a fit point is worth fitWeight/100 score points and an engagement point
 * engagementWeight/100, so each row gets {@code coefficient x pointsPerLogOdds x 100 / its dimension's weight}.
 * Match cells stay 0-100 (the best row of a category 100), per event points stay whole, within the cap and of the
 * row's sign (a gain stays a gain, a penalty a penalty).
 */
final class PointScale {

    private final List<PointRow> rows;
    private final double[] beta;
    private final int[] leads;
    private final VersionTables tables;
    private final Map<String, Double> best = new LinkedHashMap<>();
    private final Map<String, Integer> bestLeads = new LinkedHashMap<>();

    /** @param beta per row its coefficient, NaN for a row that was not fitted */
    PointScale(List<PointRow> rows, double[] beta, int[] leads, VersionTables tables) {
        this.rows = rows;
        this.beta = beta;
        this.leads = leads;
        this.tables = tables;
        for (int j = 0; j < rows.size(); j++) {
            PointRow row = rows.get(j);
            if (row.kind() == Kind.FIT_MATCH && !Double.isNaN(beta[j]) && tables.weights().containsKey(row.category())) {
                best.merge(row.category(), beta[j], Math::max);
                bestLeads.merge(row.category(), leads[j], Integer::sum);
            }
        }
    }

    /**
     * Score points per log-odds: from the fit weights when a category has a positive coefficient, else the
     * given fallback (the spread of the current scores over that of the fitted log-odds).
     */
    double pointsPerLogOdds(double fallback) {
        int total = best.keySet().stream().mapToInt(c -> tables.weights().get(c).current()).sum();
        double positive = best.values().stream().mapToDouble(b -> Math.max(0, b)).sum();
        if (positive > 0 && total > 0 && tables.fitWeight() > 0) {
            return total / positive * tables.fitWeight() / 100.0;
        }
        return fallback;
    }

    List<SuggestedValue> values(double pointsPerLogOdds) {
        Map<String, Integer> weights = CategoryShares.share(best, best.keySet().stream()
                .mapToInt(c -> tables.weights().get(c).current()).sum());
        List<SuggestedValue> values = new ArrayList<>();
        weights.forEach((category, weight) -> values.add(weightValue(tables.weights().get(category), weight)));
        for (int j = 0; j < rows.size(); j++) {
            if (!Double.isNaN(beta[j])) {
                values.add(value(rows.get(j), beta[j], leads[j], pointsPerLogOdds));
            }
        }
        return values;
    }

    private SuggestedValue weightValue(CategoryWeight weight, int suggested) {
        return new SuggestedValue(weight.ruleId(), weight.file(), weight.sheet(), weight.cell(),
                String.valueOf(weight.current()), String.valueOf(suggested), best.get(weight.category()),
                bestLeads.get(weight.category()));
    }

    private SuggestedValue value(PointRow row, double coefficient, int fired, double pointsPerLogOdds) {
        return new SuggestedValue(row.ruleId(), row.file(), row.sheet(), row.cell(), String.valueOf(row.current()),
                String.valueOf(suggested(row, coefficient, pointsPerLogOdds)), coefficient, fired);
    }

    private int suggested(PointRow row, double coefficient, double pointsPerLogOdds) {
        if (row.kind() == Kind.FIT_MATCH) {
            Double top = best.get(row.category());
            return top == null || top <= 0 ? row.current() : clamp(Math.round(100 * coefficient / top), 0, 100);
        }
        int weight = row.kind().isFit() ? tables.fitWeight() : tables.engagementWeight();
        long points = Math.round(coefficient * pointsPerLogOdds * 100 / weight);
        if (row.kind() != Kind.PER_EVENT) {
            return clamp(points, -1_000_000, 1_000_000);
        }
        if (row.current() < 0) {
            return clamp(points, -1_000_000, -1);
        }
        return clamp(points, 1, row.cap() == null ? 1_000_000 : Math.max(1, row.cap()));
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }
}
