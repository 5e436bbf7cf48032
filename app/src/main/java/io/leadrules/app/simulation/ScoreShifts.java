package io.leadrules.app.simulation;

import io.leadrules.app.simulation.ImpactReport.ScoreShift;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The score shift (after - before) of every lead scored by both versions, kept as an exact histogram: one counter
 * per distinct shift (at most 201 for scores of 0-100), so memory stays flat for any number of leads and the
 * percentiles are exact. Percentiles are nearest-rank: the p-th is the smallest shift that at least p% of the leads
 * are at or below. Leads scored by one version only (valid in one, INVALID in the other) are counted apart.
 */
final class ScoreShifts {

    private final TreeMap<Integer, Integer> histogram = new TreeMap<>();
    private int compared;
    private long sum;
    private int scoredOnlyBefore;
    private int scoredOnlyAfter;

    void add(Integer before, Integer after) {
        if (before != null && after != null) {
            int shift = after - before;
            histogram.merge(shift, 1, Integer::sum);
            compared++;
            sum += shift;
        } else if (before != null) {
            scoredOnlyBefore++;
        } else if (after != null) {
            scoredOnlyAfter++;
        }
    }

    ScoreShift summary() {
        if (compared == 0) {
            return new ScoreShift(0, null, null, null, null, null, null, null, null, scoredOnlyBefore,
                    scoredOnlyAfter);
        }
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(compared), 2, RoundingMode.HALF_UP);
        return new ScoreShift(compared, mean, histogram.firstKey(), percentile(10), percentile(25), percentile(50),
                percentile(75), percentile(90), histogram.lastKey(), scoredOnlyBefore, scoredOnlyAfter);
    }

    /** The smallest shift with at least {@code percent}% of the leads at or below it (nearest rank). */
    int percentile(int percent) {
        long rank = Math.max(1, ((long) percent * compared + 99) / 100);
        long seen = 0;
        for (Map.Entry<Integer, Integer> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("No shifts were counted");
    }
}
