package io.leadrules.rules.vocabulary;

/** P1 to P4: who sales should call first. */
public record Priority(String value, String rule) {

    public Priority {
        ResultText.check(value, rule);
    }
}
