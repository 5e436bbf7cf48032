package io.leadrules.rules.evaluation;

import java.util.Map;

/**
 * A rule that fired, in order of its first firing: its id, name, dimension, the points it earned for the score,
 * its reason (default language), where it is written, how many times it fired (a rule about each activity fires once
 * per event), and the reason's translations by language code (the rule set's own map: empty without any).
 */
public record FiredRule(String ruleId, String name, String dimension, int points, String reason,
                        RuleReference source, int firings, Map<String, String> reasons) {

    /** A rule whose reason has no translation. */
    public FiredRule(String ruleId, String name, String dimension, int points, String reason, RuleReference source,
                     int firings) {
        this(ruleId, name, dimension, points, reason, source, firings, Map.of());
    }
}
