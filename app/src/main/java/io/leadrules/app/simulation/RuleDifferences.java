package io.leadrules.app.simulation;

import io.leadrules.app.simulation.ImpactReport.RuleDifference;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The rules that made the difference between two evaluations of one lead, by rule id: a rule that fired in one version
 * only (its points on the other side are null), or fired in both with different points. The points are what the rule
 * earned for the fit or engagement score (0 for rules that classify rather than score). Largest change first.
 */
final class RuleDifferences {

    private RuleDifferences() {
    }

    static List<RuleDifference> between(LeadEvaluation before, LeadEvaluation after) {
        Map<String, Integer> pointsBefore = pointsByRule(before);
        Map<String, Integer> pointsAfter = pointsByRule(after);
        TreeSet<String> ruleIds = new TreeSet<>(pointsBefore.keySet());
        ruleIds.addAll(pointsAfter.keySet());
        return ruleIds.stream()
                .filter(id -> !Objects.equals(pointsBefore.get(id), pointsAfter.get(id)))
                .map(id -> new RuleDifference(id, pointsBefore.get(id), pointsAfter.get(id)))
                .sorted(Comparator.comparingInt(RuleDifferences::change).reversed()
                        .thenComparing(RuleDifference::ruleId))
                .toList();
    }

    /** Points per rule id (a rule id written twice adds up). */
    private static Map<String, Integer> pointsByRule(LeadEvaluation evaluation) {
        Map<String, Integer> points = new HashMap<>();
        for (FiredRule rule : evaluation.firedRules()) {
            points.merge(rule.ruleId(), rule.points(), Integer::sum);
        }
        return points;
    }

    private static int change(RuleDifference difference) {
        return Math.abs(Objects.requireNonNullElse(difference.pointsAfter(), 0)
                - Objects.requireNonNullElse(difference.pointsBefore(), 0));
    }
}
