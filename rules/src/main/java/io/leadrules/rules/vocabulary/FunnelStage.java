package io.leadrules.rules.vocabulary;

/** TOFU, MOFU or BOFU. */
public record FunnelStage(String value, String rule) {
}
