package io.leadrules.rules.evaluation;

/** The points one category, activity type or signal adds to a score, and the rule that earned them. */
public record BreakdownEntry(String category, int points, String ruleId, String reason, String detail,
                             RuleReference source) {
}
