package io.leadrules.rules.vocabulary;

/** Who the lead is, 0-100: the sum of {@link FitPoints}. */
public record FitScore(int score, String rule) {

    public FitScore {
        ResultText.check(rule);
    }
}
