package io.leadrules.rules.vocabulary;

/** TOFU, MOFU or BOFU. */
public record FunnelStage(String value, String rule) {

    public FunnelStage {
        ResultText.check(value, rule);
    }
}
