package io.leadrules.rules.evaluation;

/** A recommended next step, most important first: the action code, what to send or do, and why. */
public record NextAction(String code, String content, String reason, String ruleId) {
}
