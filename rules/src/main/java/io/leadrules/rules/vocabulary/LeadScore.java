package io.leadrules.rules.vocabulary;

/** The combined 0-100 score. */
public record LeadScore(int score, String rule) {

    public LeadScore {
        ResultText.check(rule);
    }
}
