package io.leadrules.app.backtest;

import io.leadrules.app.jobs.JobState;
import java.time.Instant;
import java.util.UUID;

/**
 * A backtest job as stored in {@code backtests} and shown by the API.
 *
 * @param rulesetVersion  the version backtested (a draft, or any stored version)
 * @param baselineVersion the version live when the backtest started, measured side by side
 * @param source          STORED_LEADS or DATASET
 * @param cutoff          when each lead is scored
 * @param processed       leads read so far, those left out and those that failed included
 * @param total           leads the source offers (0 while QUEUED)
 * @param failures        leads a version could not evaluate (the job goes on without them)
 * @param createdBy       who started it
 * @param finishedAt      when it ended, else null
 * @param message         why it FAILED, else null
 * @param report          the report, once DONE; null before and when it FAILED or was CANCELLED
 */
public record Backtest(UUID id, String rulesetVersion, String baselineVersion, Source source, Cutoff cutoff,
                       JobState state, int processed, int total, int failures, Instant createdAt, String createdBy,
                       Instant finishedAt, String message, BacktestReport report) {

    public enum Source { STORED_LEADS, DATASET }

    static Backtest queued(UUID id, String version, String baseline, Source source, Cutoff cutoff, Instant createdAt,
                           String createdBy) {
        return new Backtest(id, version, baseline, source, cutoff, JobState.QUEUED, 0, 0, 0, createdAt, createdBy, null,
                null, null);
    }
}
