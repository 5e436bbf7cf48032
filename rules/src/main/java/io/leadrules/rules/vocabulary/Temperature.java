package io.leadrules.rules.vocabulary;

/** COLD, WARM or HOT. */
public record Temperature(String value, String rule) {

    public Temperature {
        ResultText.check(value, rule);
    }
}
