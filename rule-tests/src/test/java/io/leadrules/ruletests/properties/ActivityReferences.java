package io.leadrules.ruletests.properties;

import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Activity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Findings name activities by their index in the request ({@code activities[3].occurredAt}), which rightly changes
 * when the list is shuffled. To compare evaluations of shuffled lists, replace each index with what it stands for:
 * the activity's id for {@code occurredAt}, its type for {@code type} (the first activity of that type is named).
 */
final class ActivityReferences {

    private static final Pattern REFERENCE = Pattern.compile("activities\\[(\\d+)]\\.(\\w+)");

    private ActivityReferences() {
    }

    static LeadEvaluation resolved(LeadEvaluation evaluation, List<Activity> activities) {
        List<DataQualityFinding> findings = evaluation.dataQuality().stream()
                .map(f -> new DataQualityFinding(f.code(), resolve(f.field(), activities), f.severity(), f.message(),
                        f.ruleId()))
                .toList();
        return new LeadEvaluation(evaluation.rulesetVersion(), evaluation.asOf(), evaluation.valid(),
                evaluation.score(), evaluation.weights(), evaluation.fit(), evaluation.engagement(),
                evaluation.temperature(), evaluation.stage(), evaluation.funnelStage(), evaluation.priority(),
                evaluation.nextActions(), findings, evaluation.firedRules());
    }

    private static String resolve(String field, List<Activity> activities) {
        if (field == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(field);
        if (!m.matches()) {
            return field;
        }
        Activity activity = activities.get(Integer.parseInt(m.group(1)));
        String member = m.group(2);
        String key = member.equals("type") ? "type=" + activity.type() : "id=" + activity.id();
        return "activities[" + key + "]." + member;
    }
}
