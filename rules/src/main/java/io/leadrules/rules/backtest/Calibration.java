package io.leadrules.rules.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Observed conversion by score band, the table that says whether "score 80" means more conversions than
 * "score 40", and how many more. Bands come from the caller as ascending edges (0, 10, ..., 100 gives ten bands);
 * each band includes its lower edge and excludes its upper one, except the last, which includes both, so a
 * score of exactly 100 lands in 90-100. Leads outside all bands are counted apart, never dropped.
 */
public final class Calibration {

    private Calibration() {
    }

    public static CalibrationTable byBand(double[] scores, boolean[] converted, double[] edges) {
        Leads.sameLength(converted.length, scores.length, "scores");
        checkEdges(edges);
        double[] checked = Leads.finiteScores(scores, "score");
        int bands = edges.length - 1;
        int[] leads = new int[bands + 2];
        int[] hits = new int[bands + 2];
        double[] sums = new double[bands + 2];
        for (int i = 0; i < checked.length; i++) {
            int slot = slot(edges, checked[i]);
            leads[slot]++;
            sums[slot] += checked[i];
            if (converted[i]) {
                hits[slot]++;
            }
        }
        return new CalibrationTable(rows(edges, leads, hits, sums), Conversion.of(leads[0], hits[0]),
                Conversion.of(leads[bands + 1], hits[bands + 1]));
    }

    /** 0 below the first edge, 1..bands for a band, bands + 1 above the last edge. */
    private static int slot(double[] edges, double score) {
        int last = edges.length - 1;
        if (score < edges[0]) {
            return 0;
        }
        if (score > edges[last]) {
            return last + 1;
        }
        if (score == edges[last]) {
            return last;
        }
        return Placements.firstAbove(edges, score);
    }

    private static List<ScoreBand> rows(double[] edges, int[] leads, int[] hits, double[] sums) {
        List<ScoreBand> rows = new ArrayList<>();
        for (int b = 1; b < edges.length; b++) {
            Double mean = leads[b] == 0 ? null : sums[b] / leads[b];
            rows.add(new ScoreBand(edges[b - 1], edges[b], b == edges.length - 1, Conversion.of(leads[b], hits[b]),
                    mean));
        }
        return rows;
    }

    private static void checkEdges(double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException("score bands need at least two edges, got " + edges.length);
        }
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i]) || (i > 0 && edges[i] <= edges[i - 1])) {
                throw new IllegalArgumentException("score band edges must be finite and strictly ascending; edge "
                        + i + " is " + edges[i]);
            }
        }
    }
}
