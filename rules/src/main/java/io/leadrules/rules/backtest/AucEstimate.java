package io.leadrules.rules.backtest;

/**
 * The ROC AUC of one score vector: the probability that a converted lead outscores one that did not (a tie counts
 * half), DeLong's variance of that estimate, and its 95% normal interval clamped to [0, 1].
 */
public record AucEstimate(double auc, double variance, Interval confidence95, int converted, int notConverted) {
}
