package io.leadrules.rules.vocabulary;

/** A fit row matched the lead: {@code match} is 0-100 of its category's weight. The highest match counts. */
public record FitMatch(String category, int match, String rule) {

    public FitMatch {
        ResultText.check(category, rule);
    }
}
