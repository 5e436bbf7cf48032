package io.leadrules.rules.vocabulary;

/** How much a dimension ({@code FIT} or {@code ENGAGEMENT}) weighs in the combined score, in percent. */
public record ScoreWeight(String dimension, int weight, String rule) {

    public ScoreWeight {
        ResultText.check(dimension, rule);
    }
}
