package io.leadrules.rules.evaluation;

import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Everything the engine sees: the lead, its activities and the instant to evaluate at. Nothing else. */
public record EvaluationInput(Lead lead, List<Activity> activities, Instant asOf) {

    public EvaluationInput {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        activities = activities == null ? List.of() : List.copyOf(withoutGaps(activities));
    }

    private static List<Activity> withoutGaps(List<Activity> activities) {
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i) == null) {
                throw new IllegalArgumentException("activities[" + i + "] is null: every activity is an object");
            }
        }
        return activities;
    }
}
