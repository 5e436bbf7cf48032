package io.leadrules.rules.backtest;

import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.List;
import java.util.Objects;

/**
 * One lead of a backtest as the suggested points and the calibration see it, kept by the backtest job so neither has
 * to evaluate the leads again: whether it converted, its score (null for an INVALID lead, which has none) and, per
 * rule that fired, the points it earned the score and how many times it fired.
 */
public record ObservedLead(boolean converted, Integer score, List<RulePoints> rules) {

    public ObservedLead {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /** What one evaluation observed, with the lead's outcome beside it. */
    public static ObservedLead of(LeadEvaluation evaluation, boolean converted) {
        return new ObservedLead(converted, evaluation.score(), evaluation.firedRules().stream()
                .map(rule -> new RulePoints(rule.ruleId(), rule.points(), rule.firings())).toList());
    }

    /** A rule that fired for the lead: the points it earned (0 for a rule that classifies) and its firings. */
    public record RulePoints(String ruleId, int points, int firings) {
    }
}
