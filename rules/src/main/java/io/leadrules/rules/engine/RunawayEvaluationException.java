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
        this(rule, "Evaluation stopped after " + limit + " rule firings: rule '" + rule.ruleId() + "' ("
                + where(rule) + ") fired " + firings + " times; it probably re-triggers itself", null);
    }

    /**
     * A rule's consequence went past a limit of the facts it may make: a text past its length ({@link
     * TextTooLongException}), or more results than one evaluation may hold. The same runaway, measured otherwise.
     */
    public RunawayEvaluationException(RuleInfo rule, RuntimeException cause) {
        this(rule, "Evaluation stopped: rule '" + rule.ruleId() + "' (" + where(rule) + ") built " + cause.getMessage(),
                cause);
    }

    private RunawayEvaluationException(RuleInfo rule, String message, RuntimeException cause) {
        super(message, cause);
        this.ruleId = rule.ruleId();
        this.source = rule.source();
    }

    private static String where(RuleInfo rule) {
        return rule.source() == null ? "unknown source" : rule.source().describe();
    }

    public String ruleId() {
        return ruleId;
    }

    public RuleSource source() {
        return source;
    }
}
