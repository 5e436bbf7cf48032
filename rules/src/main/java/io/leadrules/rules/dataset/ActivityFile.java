package io.leadrules.rules.dataset;

import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.csv.CsvRecordReader;
import io.leadrules.rules.vocabulary.Activity;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An activities file read beside a leads file as a merge join, so memory holds one lead's activities whatever the
 * size of either file. Columns: see {@link ActivityHeader}; {@code lead} is the leads file's {@code id} cell, or its
 * line number when the leads file has no {@code id} cell (the {@code id} a scoring answer names).
 *
 * <p>The file must list its rows grouped by lead, the groups in the order of the leads: for each lead, in turn,
 * {@link #next} reads rows while they name that lead. A row naming another lead waits for it; one that names a lead
 * the leads file does not have, or has already passed, is found when the leads end ({@link #leftOver}), and the leads
 * after it got no activities from the file, which is why the order is required and the problem is reported.
 */
public final class ActivityFile {

    private final CsvRecordReader records;
    private final ActivityHeader header;
    private final DatasetLimits limits;
    private ActivityRow pending;
    private boolean ended;

    private ActivityFile(CsvRecordReader records, ActivityHeader header, DatasetLimits limits) {
        this.records = records;
        this.header = header;
        this.limits = limits;
    }

    /**
     * Reads line 1 of the file; UTF-8 with or without a byte order mark, {@code ,} or {@code ;}.
     *
     * @throws DatasetFileException when line 1 cannot be used (the problems name their line and column)
     */
    public static ActivityFile open(InputStream in, DatasetLimits limits) throws IOException {
        Reader text = DatasetReader.utf8(in);
        ActivityHeader header = ActivityHeader.read(text);
        return new ActivityFile(new CsvRecordReader(text, header.separator(), 2, limits.maxCellLength(),
                header.size() + 16), header, limits);
    }

    /**
     * The activities of the lead {@code lead} names: the rows from here on that name it (and a row whose {@code lead}
     * cannot be read, which concerns the lead being read). At most the limit's activities per row: one more is the
     * group's problem, and the rest of the group is read past, not kept.
     */
    public ActivityGroup next(String lead) throws IOException {
        List<Activity> activities = new ArrayList<>();
        DatasetProblem problem = null;
        for (ActivityRow row = peek(); row != null && (row.lead() == null || row.lead().equals(lead)); row = peek()) {
            pending = null;
            if (problem == null && row.problem() != null) {
                problem = row.problem();
            } else if (problem == null && activities.size() == limits.maxActivitiesPerRow()) {
                problem = DatasetProblem.of(row.line(), ActivityHeader.LEAD, lead, "the lead has more than "
                        + limits.maxActivitiesPerRow() + " activities");
            } else if (problem == null) {
                activities.add(row.activity());
            }
        }
        return problem == null ? new ActivityGroup(activities, null) : new ActivityGroup(List.of(), problem);
    }

    /**
     * After the last lead: the first row left, which names a lead the leads file does not have at that point
     * (unknown, or out of order), with how many rows are left; empty when every row was joined.
     */
    public Optional<DatasetProblem> leftOver() throws IOException {
        ActivityRow first = peek();
        if (first == null) {
            return Optional.empty();
        }
        int rows = 0;
        while (peek() != null) {
            pending = null;
            rows++;
        }
        return Optional.of(DatasetProblem.of(first.line(), ActivityHeader.LEAD, first.lead(), "no lead of the leads "
                + "file from this point on has this id (" + rows + " activity rows left): the activities must be "
                + "grouped by lead in the order of the leads file, and name a lead's id (or line number)"));
    }

    private ActivityRow peek() throws IOException {
        while (pending == null && !ended) {
            CsvRecord record = records.next();
            if (record == null) {
                ended = true;
            } else if (!record.isBlank() || !record.flaws().isEmpty()) {
                pending = ActivityRow.read(record, header, limits.maxCellLength());
            }
        }
        return pending;
    }
}
