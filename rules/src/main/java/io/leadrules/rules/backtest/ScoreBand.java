package io.leadrules.rules.backtest;

/**
 * Observed conversion of the leads scored in {@code [from, to)}, or {@code [from, to]} for the last band.
 *
 * @param meanScore the mean score of the band's leads, or null when the band is empty
 */
public record ScoreBand(double from, double to, boolean toInclusive, Conversion conversion, Double meanScore) {
}
