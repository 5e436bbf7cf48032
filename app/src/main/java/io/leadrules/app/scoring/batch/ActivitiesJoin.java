package io.leadrules.app.scoring.batch;

import io.leadrules.rules.dataset.ActivityFile;
import io.leadrules.rules.dataset.ActivityGroup;
import io.leadrules.rules.dataset.DatasetLimits;
import io.leadrules.rules.dataset.DatasetProblem;
import io.leadrules.rules.dataset.DatasetRow;
import io.leadrules.rules.vocabulary.Activity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The activities a CSV batch's second file gives each lead row, joined by the row's id (its {@code id} cell, else its
 * line number). A row that also has an {@code activities} cell gets both, the cell's first: the same lead described
 * in two places is still one lead, and the limit of activities counts them together.
 */
final class ActivitiesJoin {

    private final ActivityFile file;
    private final int maxActivities;

    private ActivitiesJoin(ActivityFile file, int maxActivities) {
        this.file = file;
        this.maxActivities = maxActivities;
    }

    /** No second file: every row keeps its own activities. */
    static ActivitiesJoin none() {
        return new ActivitiesJoin(null, Integer.MAX_VALUE);
    }

    /** Reads line 1 of the activities file; a {@code DatasetFileException} when it cannot be used. */
    static ActivitiesJoin open(InputStream in, DatasetLimits limits) throws IOException {
        return new ActivitiesJoin(ActivityFile.open(in, limits), limits.maxActivitiesPerRow());
    }

    /** The row's activities and then the file's for it; the problem of the file's rows for it, if any. */
    ActivityGroup of(DatasetRow row) {
        if (file == null) {
            return new ActivityGroup(row.activities(), null);
        }
        ActivityGroup joined = next(row.id());
        if (joined.problem() != null || joined.activities().isEmpty()) {
            return joined.problem() != null ? joined : new ActivityGroup(row.activities(), null);
        }
        List<Activity> both = new ArrayList<>(row.activities());
        both.addAll(joined.activities());
        if (both.size() > maxActivities) {
            return new ActivityGroup(List.of(), new DatasetProblem(0, "activities", null, "the lead has "
                    + both.size() + " activities in its activities cell and the activities file together; at most "
                    + maxActivities + " are scored"));
        }
        return new ActivityGroup(both, null);
    }

    /** Reads past the file's rows for a lead row that was rejected. */
    void pass(String id) {
        if (file != null) {
            next(id);
        }
    }

    /** After the last lead: the first row of the file that joined no lead, if any. */
    Optional<DatasetProblem> leftOver() throws IOException {
        return file == null ? Optional.empty() : file.leftOver();
    }

    private ActivityGroup next(String id) {
        try {
            return file.next(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
