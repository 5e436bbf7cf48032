package io.leadrules.rules.vocabulary;

/** Lifecycle stage: INVALID, DISQUALIFIED, SQL, MQL or LEAD. */
public record Stage(String value, String rule) {

    public Stage {
        ResultText.check(value, rule);
    }
}
