package io.leadrules.rules.engine;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.ActivityType;
import io.leadrules.rules.vocabulary.AgedActivity;
import io.leadrules.rules.vocabulary.AsOf;
import io.leadrules.rules.vocabulary.GivenAttribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The facts one evaluation starts from, always in the same order (activities by time, type, id, position; types by
 * name), so that the same input fires the same rules in the same order.
 */
final class LeadFacts {

    private static final Comparator<AgedActivity> CANONICAL = Comparator
            .comparing(AgedActivity::occurredAt)
            .thenComparing(AgedActivity::type, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AgedActivity::id, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(AgedActivity::position);

    private LeadFacts() {
    }

    static List<Object> of(EvaluationInput input) {
        List<Object> facts = new ArrayList<>();
        facts.add(input.lead());
        if (input.lead().consent() != null) {
            facts.add(input.lead().consent());
        }
        facts.add(new AsOf(input.asOf()));
        input.lead().attributes().names().forEach(name -> facts.add(new GivenAttribute(name)));
        List<AgedActivity> activities = aged(input);
        facts.addAll(types(activities));
        facts.addAll(activities);
        return facts;
    }

    private static List<AgedActivity> aged(EvaluationInput input) {
        List<AgedActivity> aged = new ArrayList<>();
        List<Activity> activities = input.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            if (activity != null && activity.type() != null && activity.occurredAt() != null) {
                aged.add(AgedActivity.of(i, activity, input.asOf()));
            }
        }
        aged.sort(CANONICAL);
        return aged;
    }

    private static List<ActivityType> types(List<AgedActivity> activities) {
        Map<String, int[]> byType = new TreeMap<>();
        for (AgedActivity activity : activities) {
            int[] firstAndCount = byType.computeIfAbsent(activity.type(), t -> new int[] {Integer.MAX_VALUE, 0});
            firstAndCount[0] = Math.min(firstAndCount[0], activity.position());
            firstAndCount[1]++;
        }
        return byType.entrySet().stream()
                .map(e -> new ActivityType(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .filter(Objects::nonNull)
                .toList();
    }
}
