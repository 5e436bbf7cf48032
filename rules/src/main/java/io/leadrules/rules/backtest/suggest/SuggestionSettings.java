package io.leadrules.rules.backtest.suggest;

/**
 * The knobs of a suggestion; the same settings on the same data give the same suggestion.
 *
 * @param seed           chooses the holdout (with each lead's index)
 * @param holdoutShare   the share of the observations kept out of the fit, between 0 (inclusive) and 1
 * @param regularisation LibLinear's C: the inverse strength of the L2 penalty, more than 0
 * @param minLeads       a row that fired for fewer training leads keeps its value ("not enough data")
 */
public record SuggestionSettings(long seed, double holdoutShare, double regularisation, int minLeads) {

    public static final long DEFAULT_SEED = 11L;
    public static final double DEFAULT_HOLDOUT_SHARE = 0.3;
    public static final double DEFAULT_REGULARISATION = 1.0;
    public static final int DEFAULT_MIN_LEADS = 10;

    public SuggestionSettings {
        if (!(holdoutShare >= 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("holdoutShare is between 0 (inclusive) and 1, was " + holdoutShare);
        }
        if (!(regularisation > 0) || Double.isInfinite(regularisation)) {
            throw new IllegalArgumentException("regularisation is a finite number more than 0, was " + regularisation);
        }
        if (minLeads < 1) {
            throw new IllegalArgumentException("minLeads is at least 1, was " + minLeads);
        }
    }

    public static SuggestionSettings defaults() {
        return new SuggestionSettings(DEFAULT_SEED, DEFAULT_HOLDOUT_SHARE, DEFAULT_REGULARISATION, DEFAULT_MIN_LEADS);
    }

    public SuggestionSettings withSeed(long newSeed) {
        return new SuggestionSettings(newSeed, holdoutShare, regularisation, minLeads);
    }
}
