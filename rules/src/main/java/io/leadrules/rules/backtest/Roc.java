package io.leadrules.rules.backtest;

/**
 * ROC AUC with DeLong's variance (DeLong, DeLong and Clarke-Pearson, Biometrics 44, 1988), computed in
 * O(n log n) as Sun and Xu (IEEE Signal Processing Letters 21, 2014) showed. Written here because no maintained
 * Java library offers DeLong's interval (see docs/decisions/0021-backtest-metrics-by-hand.md).
 *
 * <p>A lead's outcome is {@code converted[i]}; the higher the score, the likelier the conversion is meant to be.
 * Both methods need two converted leads and two that did not convert (the sample variances divide by m-1 and
 * n-1); otherwise they throw {@link UndefinedMetricException} with the reason.
 */
public final class Roc {

    private Roc() {
    }

    public static AucEstimate auc(double[] scores, boolean[] converted) {
        Leads.sameLength(converted.length, scores.length, "scores");
        int positives = checkedPositives(converted);
        return estimate(Placements.of(Leads.finiteScores(scores, "score"), converted, positives), converted.length);
    }

    /** Paired DeLong comparison of {@code a} against {@code b}, both scoring the same leads in the same order. */
    public static AucComparison compare(double[] a, double[] b, boolean[] converted) {
        Leads.sameLength(converted.length, a.length, "scores a");
        Leads.sameLength(converted.length, b.length, "scores b");
        int positives = checkedPositives(converted);
        Placements pa = Placements.of(Leads.finiteScores(a, "score a"), converted, positives);
        Placements pb = Placements.of(Leads.finiteScores(b, "score b"), converted, positives);
        double difference = pa.auc() - pb.auc();
        double variance = Math.max(0, pa.variance() + pb.variance() - 2 * pa.covariance(pb));
        return new AucComparison(estimate(pa, converted.length), estimate(pb, converted.length), difference,
                variance, Interval.normal(difference, variance, -1, 1), pValue(difference, variance));
    }

    private static int checkedPositives(boolean[] converted) {
        int positives = Leads.converted(converted);
        Leads.bothOutcomes(converted.length, positives, true);
        return positives;
    }

    private static AucEstimate estimate(Placements placements, int leads) {
        int positives = placements.converted();
        double variance = placements.variance();
        return new AucEstimate(placements.auc(), variance, Interval.normal(placements.auc(), variance, 0, 1),
                positives, leads - positives);
    }

    private static double pValue(double difference, double variance) {
        if (variance == 0) {
            return difference == 0 ? 1 : 0;
        }
        return Normal.twoSidedP(difference / Math.sqrt(variance));
    }
}
