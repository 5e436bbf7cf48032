package io.leadrules.rules.vocabulary;

/** Points one event of {@code type} earns before decay and cap (negative types are penalties). */
public record ActivityPoints(String type, int points, String rule) {

    public ActivityPoints {
        ResultText.check(type, rule);
    }
}
