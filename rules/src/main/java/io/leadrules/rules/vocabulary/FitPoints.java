package io.leadrules.rules.vocabulary;

/** The points one fit category adds to the fit score, credited to the row that earned them. */
public record FitPoints(String category, int points, String rule, String detail) {

    public FitPoints {
        ResultText.check(category, rule, detail);
    }
}
