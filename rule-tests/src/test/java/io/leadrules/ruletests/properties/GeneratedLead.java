package io.leadrules.ruletests.properties;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;

/** A lead made up from a seed: the same seed always gives the same lead, activities and evaluation instant. */
record GeneratedLead(long seed, Lead lead, List<Activity> activities, Instant asOf) {

    EvaluationInput input() {
        return new EvaluationInput(lead, activities, asOf);
    }

    GeneratedLead withLead(Lead other) {
        return new GeneratedLead(seed, other, activities, asOf);
    }

    GeneratedLead withActivities(List<Activity> other) {
        return new GeneratedLead(seed, lead, other, asOf);
    }
}
