package io.leadrules.rules.dataset;

import io.leadrules.rules.scenario.ActivityNotation;

/**
 * How much of a dataset the reader takes, so a hostile or mistaken file costs bounded memory and time: the longest
 * cell (the API takes at most 2,000 characters in a member), the longest {@code activities} cell, the most
 * activities one row may describe, and the most rows.
 */
public record DatasetLimits(int maxCellLength, int maxActivitiesCellLength, int maxActivitiesPerRow, int maxRows) {

    public static final DatasetLimits DEFAULTS = new DatasetLimits(2_000, 250_000, ActivityNotation.MAX_EVENTS,
            1_000_000);

    public DatasetLimits {
        if (maxCellLength < 1 || maxActivitiesCellLength < 1 || maxActivitiesPerRow < 1 || maxRows < 1) {
            throw new IllegalArgumentException("every dataset limit must be at least 1");
        }
    }
}
