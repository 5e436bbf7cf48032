package io.leadrules.rules.evaluation;

/**
 * A rule that fired, in order of its first firing: its id, name, dimension, the points it earned for the score,
 * its reason, where it is written, and how many times it fired (a rule about each activity fires once per event).
 */
public record FiredRule(String ruleId, String name, String dimension, int points, String reason,
                        RuleReference source, int firings) {
}
