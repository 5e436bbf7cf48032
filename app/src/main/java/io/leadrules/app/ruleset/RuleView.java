package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.RuleInfo;
import io.leadrules.rules.engine.RuleSource;

/**
 * One rule of a version: its stable id, full name, the reason a person wrote, its dimension (FIT, ENGAGEMENT, ...)
 * and where it is written ({@code source}: file and sheet and cell, or file and line; {@code where} in words).
 */
record RuleView(String ruleId, String name, String reason, String dimension, RuleSource source, String where) {

    static RuleView of(RuleInfo rule) {
        return new RuleView(rule.ruleId(), rule.name(), rule.reason(), rule.dimension(), rule.source(),
                rule.source() == null ? null : rule.source().describe());
    }
}
