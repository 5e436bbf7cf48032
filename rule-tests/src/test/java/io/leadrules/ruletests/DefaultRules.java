package io.leadrules.ruletests;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;

/**
 * The shipped rule set, compiled once for every test class of the module (a build takes seconds), and shortcuts
 * to evaluate a lead with it. A failed compilation is remembered and rethrown, so each test reports the same
 * problems instead of a bare {@code NoClassDefFoundError}.
 */
public final class DefaultRules {

    private static CompiledRuleSet compiled;
    private static RuntimeException failure;

    private DefaultRules() {
    }

    public static synchronized CompiledRuleSet compiled() {
        if (compiled == null && failure == null) {
            try {
                compiled = new RuleSetCompiler().compile(DefaultRuleSet.VERSION, DefaultRuleSet.files());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return compiled;
    }

    public static LeadEvaluation evaluate(EvaluationInput input) {
        return compiled().evaluate(input);
    }

    public static LeadEvaluation evaluate(Lead lead, List<Activity> activities, Instant asOf) {
        return evaluate(new EvaluationInput(lead, activities, asOf));
    }

    /** Evaluates at {@link ActivityFixtures#AS_OF}, the instant the activity fixtures are dated from. */
    public static LeadEvaluation evaluate(LeadBuilder lead, ActivityHistory activities) {
        return evaluate(lead.build(), activities.build(), ActivityFixtures.AS_OF);
    }

    /** A lead without any activity, evaluated at {@link ActivityFixtures#AS_OF}. */
    public static LeadEvaluation evaluate(LeadBuilder lead) {
        return evaluate(lead, ActivityHistory.none());
    }
}
