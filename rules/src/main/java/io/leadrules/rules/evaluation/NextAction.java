package io.leadrules.rules.evaluation;

import java.util.Map;

/**
 * A recommended next step, most important first: the action code, what to send or do, why (default language), and
 * the reason's translations by language code (empty without any).
 */
public record NextAction(String code, String content, String reason, String ruleId, Map<String, String> reasons) {

    /** A step whose reason has no translation. */
    public NextAction(String code, String content, String reason, String ruleId) {
        this(code, content, reason, ruleId, Map.of());
    }
}
