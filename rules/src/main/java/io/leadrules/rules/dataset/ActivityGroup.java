package io.leadrules.rules.dataset;

import io.leadrules.rules.vocabulary.Activity;
import java.util.List;

/**
 * The activities an activities file gives one lead, in file order, or the first problem among its rows (line and
 * column of the activities file): a lead with a bad activity is not scored on the others, as a bad event in an
 * {@code activities} cell rejects its whole row.
 */
public record ActivityGroup(List<Activity> activities, DatasetProblem problem) {

    public static final ActivityGroup NONE = new ActivityGroup(List.of(), null);

    public ActivityGroup {
        activities = List.copyOf(activities);
    }
}
