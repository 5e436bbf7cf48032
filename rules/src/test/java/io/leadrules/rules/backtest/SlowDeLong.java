package io.leadrules.rules.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * DeLong, DeLong and Clarke-Pearson (1988) as the paper writes it, O(m·n): the kernel ψ(X, Y) = 1, ½ or 0, the
 * structural components V10(X_i) = mean over j of ψ(X_i, Y_j) and V01(Y_j) = mean over i of ψ(X_i, Y_j), and
 * S10, S01 their sample covariances. Independent of {@link Placements} on purpose: no sorting, no shared code.
 */
final class SlowDeLong {

    private final double[][] v10;
    private final double[][] v01;
    private final double[] theta;

    SlowDeLong(boolean[] converted, double[]... scores) {
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < converted.length; i++) {
            (converted[i] ? positives : negatives).add(i);
        }
        v10 = new double[scores.length][positives.size()];
        v01 = new double[scores.length][negatives.size()];
        theta = new double[scores.length];
        for (int r = 0; r < scores.length; r++) {
            for (int i = 0; i < positives.size(); i++) {
                for (int j = 0; j < negatives.size(); j++) {
                    double psi = psi(scores[r][positives.get(i)], scores[r][negatives.get(j)]);
                    v10[r][i] += psi / negatives.size();
                    v01[r][j] += psi / positives.size();
                    theta[r] += psi / positives.size() / negatives.size();
                }
            }
        }
    }

    double auc(int r) {
        return theta[r];
    }

    /** S10[r][s]/m + S01[r][s]/n. */
    double covariance(int r, int s) {
        return sampleCovariance(v10[r], v10[s], theta[r], theta[s]) / v10[r].length
                + sampleCovariance(v01[r], v01[s], theta[r], theta[s]) / v01[r].length;
    }

    private static double psi(double x, double y) {
        return x > y ? 1 : x == y ? 0.5 : 0;
    }

    private static double sampleCovariance(double[] a, double[] b, double meanA, double meanB) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (a[k] - meanA) * (b[k] - meanB);
        }
        return sum / (a.length - 1);
    }
}
