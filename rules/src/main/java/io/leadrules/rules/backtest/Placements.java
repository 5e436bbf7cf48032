package io.leadrules.rules.backtest;

import java.util.Arrays;

/**
 * DeLong's structural components of one score vector: for each converted lead, the share of unconverted leads
 * it outscores (V10, a tie counts half); for each unconverted lead, the share of converted leads that outscore it
 * (V01). Their mean is the Mann-Whitney AUC, their sample (co)variances give DeLong's variance.
 *
 * <p>Sun and Xu (2014) compute the components from midranks; counting with a binary search in the sorted scores of
 * the other class is the same number (midrank in all leads minus midrank in its own class) and needs no index
 * sort: O(n log n) on primitive arrays. Converted and unconverted leads keep their input order, so two vectors
 * over the same leads line up component by component, as the paired covariance needs.
 */
final class Placements {

    private final double[] ofConverted;
    private final double[] ofUnconverted;
    private final double auc;

    private Placements(double[] ofConverted, double[] ofUnconverted) {
        this.ofConverted = ofConverted;
        this.ofUnconverted = ofUnconverted;
        this.auc = mean(ofConverted);
    }

    /** Scores already checked finite; both classes present. */
    static Placements of(double[] scores, boolean[] converted, int convertedCount) {
        double[] positives = new double[convertedCount];
        double[] negatives = new double[scores.length - convertedCount];
        int p = 0;
        int q = 0;
        for (int i = 0; i < scores.length; i++) {
            if (converted[i]) {
                positives[p++] = scores[i];
            } else {
                negatives[q++] = scores[i];
            }
        }
        return new Placements(shareBelow(positives, negatives), shareAbove(negatives, positives));
    }

    double auc() {
        return auc;
    }

    int converted() {
        return ofConverted.length;
    }

    /** S10/m + S01/n, DeLong's variance of the AUC. */
    double variance() {
        return covariance(this);
    }

    /** S10(a,b)/m + S01(a,b)/n, DeLong's covariance of two AUCs over the same leads. */
    double covariance(Placements other) {
        return covariance(ofConverted, auc, other.ofConverted, other.auc) / ofConverted.length
                + covariance(ofUnconverted, auc, other.ofUnconverted, other.auc) / ofUnconverted.length;
    }

    private static double[] shareBelow(double[] values, double[] others) {
        double[] sorted = others.clone();
        Arrays.sort(sorted);
        double[] share = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            share[i] = (firstAtLeast(sorted, values[i]) + firstAbove(sorted, values[i])) / 2.0 / sorted.length;
        }
        return share;
    }

    private static double[] shareAbove(double[] values, double[] others) {
        double[] sorted = others.clone();
        Arrays.sort(sorted);
        double[] share = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double belowOrHalfTied = (firstAtLeast(sorted, values[i]) + firstAbove(sorted, values[i])) / 2.0;
            share[i] = (sorted.length - belowOrHalfTied) / sorted.length;
        }
        return share;
    }

    static int firstAtLeast(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static int firstAbove(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double covariance(double[] a, double meanA, double[] b, double meanB) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum / (a.length - 1);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
