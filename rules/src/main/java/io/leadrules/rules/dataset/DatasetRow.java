package io.leadrules.rules.dataset;

import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;

/**
 * One accepted row of a dataset: the lead as it was, when it was created, the row's own cut-off (null: the
 * backtest's default), its activities (offsets resolved against {@code createdAt}; ids {@code d<line>-e<n>}), what
 * became of it and when (null when not given).
 *
 * @param line the row number a spreadsheet app shows (the header is line 1)
 * @param id   the row's {@code id} cell, or its line number when it has none: how reports name the row
 * @param asOf the instant to score the lead at ({@code asOf} cell of a scoring file); null when not given
 */
public record DatasetRow(int line, String id, Lead lead, Instant createdAt, Instant cutoff, List<Activity> activities,
                         DatasetOutcome outcome, Instant outcomeAt, Instant asOf) {

    public DatasetRow {
        activities = List.copyOf(activities);
    }
}
