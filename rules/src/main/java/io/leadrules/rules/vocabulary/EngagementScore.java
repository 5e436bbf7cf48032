package io.leadrules.rules.vocabulary;

/** What the lead does, 0-100: the sum of {@link EngagementPoints}. */
public record EngagementScore(int score, String rule) {

    public EngagementScore {
        ResultText.check(rule);
    }
}
