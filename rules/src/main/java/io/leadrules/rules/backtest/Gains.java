package io.leadrules.rules.backtest;

import io.leadrules.rules.backtest.UndefinedMetricException.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gains and lift by decile: leads sorted by score, best first, cut into ten groups as equal as possible.
 *
 * <p>Ties are never split. Lead scores are sums of points, so thousands of leads share a score; splitting them by
 * input order would let the order of a CSV move converters between deciles. Instead the lead at position p
 * (0-based, best first) nominally belongs to decile {@code 10p/n + 1}, and every run of equal scores goes whole
 * into the decile of its first lead. Deciles may then be uneven or empty; {@link DecileRow#cumulativeShare()} shows
 * the real cut, and the result depends only on the multiset of (score, outcome) pairs.
 */
public final class Gains {

    private static final int DECILES = 10;

    private Gains() {
    }

    /** Needs at least one converted lead (a lift divides by the overall rate). */
    public static GainsTable byDecile(double[] scores, boolean[] converted) {
        Leads.sameLength(converted.length, scores.length, "scores");
        int positives = Leads.converted(converted);
        if (converted.length == 0) {
            throw new UndefinedMetricException(Reason.NO_LEADS);
        }
        if (positives == 0) {
            throw new UndefinedMetricException(Reason.NO_CONVERTED_LEADS);
        }
        Tally tally = tally(Leads.finiteScores(scores, "score"), converted);
        return new GainsTable(scores.length, positives, (double) positives / scores.length,
                tally.rows(scores.length, positives));
    }

    private static Tally tally(double[] scores, boolean[] converted) {
        double[] all = scores.clone();
        Arrays.sort(all);
        double[] positives = convertedScores(scores, converted);
        Tally tally = new Tally();
        int n = all.length;
        for (int last = n - 1; last >= 0; ) {
            double value = all[last];
            int first = Placements.firstAtLeast(all, value);
            int convertedInRun = Placements.firstAbove(positives, value) - Placements.firstAtLeast(positives, value);
            tally.add((int) ((long) DECILES * (n - 1 - last) / n), value, last - first + 1, convertedInRun);
            last = first - 1;
        }
        return tally;
    }

    private static double[] convertedScores(double[] scores, boolean[] converted) {
        double[] positives = new double[Leads.converted(converted)];
        int p = 0;
        for (int i = 0; i < scores.length; i++) {
            if (converted[i]) {
                positives[p++] = scores[i];
            }
        }
        Arrays.sort(positives);
        return positives;
    }

    /** Counts per decile, filled best score first. */
    private static final class Tally {
        private final int[] leads = new int[DECILES];
        private final int[] converted = new int[DECILES];
        private final double[] min = new double[DECILES];
        private final double[] max = new double[DECILES];

        void add(int decile, double score, int runLeads, int runConverted) {
            if (leads[decile] == 0) {
                max[decile] = score;
            }
            min[decile] = score;
            leads[decile] += runLeads;
            converted[decile] += runConverted;
        }

        List<DecileRow> rows(int totalLeads, int totalConverted) {
            double overallRate = (double) totalConverted / totalLeads;
            List<DecileRow> rows = new ArrayList<>();
            int cumulativeLeads = 0;
            int cumulativeConverted = 0;
            for (int d = 0; d < DECILES; d++) {
                if (leads[d] == 0) {
                    continue;
                }
                cumulativeLeads += leads[d];
                cumulativeConverted += converted[d];
                double rate = (double) converted[d] / leads[d];
                double cumulativeRate = (double) cumulativeConverted / cumulativeLeads;
                rows.add(new DecileRow(d + 1, min[d], max[d], Conversion.of(leads[d], converted[d]), cumulativeLeads,
                        cumulativeConverted, (double) cumulativeLeads / totalLeads,
                        (double) cumulativeConverted / totalConverted, rate / overallRate,
                        cumulativeRate / overallRate));
            }
            return rows;
        }
    }
}
