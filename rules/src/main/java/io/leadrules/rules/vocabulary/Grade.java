package io.leadrules.rules.vocabulary;

/** The fit grade: A, B, C or D. */
public record Grade(String value, String rule) {

    public Grade {
        ResultText.check(value, rule);
    }
}
