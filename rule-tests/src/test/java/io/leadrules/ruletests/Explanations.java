package io.leadrules.ruletests;

import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.evaluation.NextAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;

/** Reads the explanation of an evaluation the way the tests assert on it: by rule id, category and code. */
public final class Explanations {

    private Explanations() {
    }

    /** Rule id to the points it earned, in the order the rules first fired. */
    public static Map<String, Integer> pointsByFiredRule(LeadEvaluation evaluation) {
        Map<String, Integer> points = new LinkedHashMap<>();
        evaluation.firedRules().forEach(rule -> points.put(rule.ruleId(), rule.points()));
        return points;
    }

    public static List<String> firedRuleIds(LeadEvaluation evaluation) {
        return evaluation.firedRules().stream().map(FiredRule::ruleId).toList();
    }

    public static FiredRule firedRule(LeadEvaluation evaluation, String ruleId) {
        return evaluation.firedRules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " did not fire; fired: " + firedRuleIds(evaluation)));
    }

    /** The single fit breakdown entry of a category (FIT-BEST or the rule of its Weights row writes exactly one). */
    public static BreakdownEntry fitEntry(LeadEvaluation evaluation, String category) {
        List<BreakdownEntry> entries = evaluation.fit().breakdown().stream()
                .filter(e -> e.category().equals(category)).toList();
        if (entries.size() != 1) {
            throw new AssertionError("expected one fit entry for " + category + ", got " + evaluation.fit().breakdown());
        }
        return entries.get(0);
    }

    public static Optional<BreakdownEntry> engagementEntry(LeadEvaluation evaluation, String category) {
        return evaluation.engagement().breakdown().stream().filter(e -> e.category().equals(category)).findFirst();
    }

    /** The points of an engagement category, 0 when it has no entry. */
    public static int engagementPoints(LeadEvaluation evaluation, String category) {
        return engagementEntry(evaluation, category).map(BreakdownEntry::points).orElse(0);
    }

    public static int sumOf(List<BreakdownEntry> breakdown) {
        return breakdown.stream().mapToInt(BreakdownEntry::points).sum();
    }

    public static List<DataQualityFinding> findings(LeadEvaluation evaluation, String code) {
        return evaluation.dataQuality().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** Each finding as (code, field, severity, rule id). */
    public static List<Tuple> findingSummaries(LeadEvaluation evaluation) {
        return evaluation.dataQuality().stream()
                .map(f -> Tuple.tuple(f.code(), f.field(), f.severity(), f.ruleId())).toList();
    }

    public static List<String> findingCodes(LeadEvaluation evaluation) {
        return evaluation.dataQuality().stream().map(DataQualityFinding::code).toList();
    }

    public static List<String> actionCodes(LeadEvaluation evaluation) {
        return evaluation.nextActions().stream().map(NextAction::code).toList();
    }
}
