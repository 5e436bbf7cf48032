package io.leadrules.rules.vocabulary;

/** A fit category and its weight (weights sum to 100); {@code field} is the lead member it looks at. */
public record FitCategory(String category, int weight, String field, String rule) {

    public FitCategory {
        ResultText.check(category, field, rule);
    }
}
