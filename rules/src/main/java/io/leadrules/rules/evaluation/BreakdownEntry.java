package io.leadrules.rules.evaluation;

import java.util.Map;

/**
 * The points one category, activity type or signal adds to a score, and the rule that earned them, with its reason
 * (default language) and the reason's translations by language code (empty without any).
 */
public record BreakdownEntry(String category, int points, String ruleId, String reason, String detail,
                             RuleReference source, Map<String, String> reasons) {

    /** An entry whose reason has no translation. */
    public BreakdownEntry(String category, int points, String ruleId, String reason, String detail,
                          RuleReference source) {
        this(category, points, ruleId, reason, detail, source, Map.of());
    }
}
