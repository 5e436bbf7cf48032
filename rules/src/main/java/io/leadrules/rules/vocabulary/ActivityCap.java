package io.leadrules.rules.vocabulary;

/** The most points all events of {@code type} together can earn. */
public record ActivityCap(String type, int cap, String rule) {

    public ActivityCap {
        ResultText.check(type, rule);
    }
}
