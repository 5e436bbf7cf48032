package io.leadrules.rules.vocabulary;

/** The points an activity type, a signal or a limit adds to the engagement score. */
public record EngagementPoints(String category, int points, String rule, String detail) {

    public EngagementPoints {
        ResultText.check(category, rule, detail);
    }
}
