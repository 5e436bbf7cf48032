package io.leadrules.rules.engine;

/**
 * An evaluation reached its cap on rule firings: a rule most likely re-triggers itself. The evaluation is abandoned
 * instead of holding a thread; {@link #ruleId()} names the rule that fired most.
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

    public String ruleId() {
        return ruleId;
    }

    public RuleSource source() {
        return source;
    }
}
