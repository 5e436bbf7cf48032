package io.leadrules.rules.engine;

import io.leadrules.rules.vocabulary.TextTooLongException;

/**
 * An evaluation reached its cap on rule firings (a rule most likely re-triggers itself), or a rule built a fact whose
 * text grew past the limit (rules doubling each other's text exhaust the heap long before the cap on firings). The
 * evaluation is abandoned instead of holding a thread or the heap; {@link #ruleId()} names the rule.
 */
public class RunawayEvaluationException extends RuntimeException {

    private final String ruleId;
    private final RuleSource source;

    public RunawayEvaluationException(RuleInfo rule, int firings, int limit) {
        super("Evaluation stopped after " + limit + " rule firings: rule '" + rule.ruleId() + "' ("
                + (rule.source() == null ? "unknown source" : rule.source().describe()) + ") fired " + firings
                + " times; it probably re-triggers itself");
        this.ruleId = rule.ruleId();
        this.source = rule.source();
    }

    /** A rule built a fact whose text grew past the limit: the same runaway, measured in characters. */
    public RunawayEvaluationException(RuleInfo rule, TextTooLongException cause) {
        super("Evaluation stopped: rule '" + rule.ruleId() + "' ("
                + (rule.source() == null ? "unknown source" : rule.source().describe()) + ") built "
                + cause.getMessage(), cause);
        this.ruleId = rule.ruleId();
        this.source = rule.source();
    }

    public String ruleId() {
        return ruleId;
    }

    public RuleSource source() {
        return source;
    }
}
