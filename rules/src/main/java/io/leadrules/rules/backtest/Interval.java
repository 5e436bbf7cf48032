package io.leadrules.rules.backtest;

/** A closed interval, such as a 95% confidence interval. */
public record Interval(double lower, double upper) {

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** {@code estimate ± z·sqrt(variance)}, clamped to {@code [min, max]} (an AUC cannot leave [0, 1]). */
    static Interval normal(double estimate, double variance, double min, double max) {
        double halfWidth = Normal.Z95 * Math.sqrt(variance);
        return new Interval(Math.max(min, estimate - halfWidth), Math.min(max, estimate + halfWidth));
    }
}
