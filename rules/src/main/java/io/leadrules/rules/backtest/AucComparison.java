package io.leadrules.rules.backtest;

/**
 * Two score vectors over the same leads, compared: {@code difference = a.auc - b.auc}, its DeLong variance
 * (var a + var b - 2 cov, the covariance from the paired structural components), its 95% interval clamped to
 * [-1, 1], and the two-sided p-value of "the two AUCs are equal". When the variance is 0 the interval has zero
 * width and the p-value is 1 if the difference is 0 (identical rankings), 0 otherwise.
 */
public record AucComparison(AucEstimate a, AucEstimate b, double difference, double variance,
                            Interval confidence95, double pValue) {
}
