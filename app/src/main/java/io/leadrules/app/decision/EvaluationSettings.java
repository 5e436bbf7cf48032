package io.leadrules.app.decision;

import io.leadrules.rules.engine.CompiledRuleSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The firing cap of every evaluation, under {@code leadrules.scoring} (the key it always had; the other scoring
 * limits stay in {@code ScoringSettings}). It lives here because every evaluation, scored, stored, replayed,
 * simulated or sandboxed, goes through {@link Decisions} or uses this cap.
 *
 * @param maxRuleFirings rule firings after which one evaluation is abandoned as runaway
 *                       (default {@link CompiledRuleSet#DEFAULT_MAX_FIRINGS})
 */
@ConfigurationProperties("leadrules.scoring")
public record EvaluationSettings(Integer maxRuleFirings) {

    public EvaluationSettings {
        if (maxRuleFirings == null) {
            maxRuleFirings = CompiledRuleSet.DEFAULT_MAX_FIRINGS;
        } else if (maxRuleFirings <= 0) {
            throw new IllegalArgumentException("leadrules.scoring.max-rule-firings must be more than 0, not "
                    + maxRuleFirings);
        }
    }

    /** The settings with every default. */
    public static EvaluationSettings defaults() {
        return new EvaluationSettings(null);
    }
}
