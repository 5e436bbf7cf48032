package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A rescoring job as stored in {@code rescoring_jobs} and shown by the API. The first six members are a contract.
 *
 * @param processed  leads rescored so far (erased ones are skipped, not counted)
 * @param total      stored, non-erased leads when the job started (0 while QUEUED)
 * @param changed    leads whose stage or temperature changed
 * @param failures   leads that could not be rescored (the job goes on without them)
 * @param asOf       the instant every lead is evaluated at: when the job was started
 * @param finishedAt when it ended (DONE, FAILED or CANCELLED), else null
 * @param message    why a job FAILED, or who CANCELLED it; else null
 */
record RescoringJob(UUID id, JobState state, int processed, int total, int changed, int failures, Instant asOf,
                    Instant createdAt, Instant finishedAt, String message) {

    /** A new job as of now, to the millisecond: the instant reads the same in the job, its decisions and the table. */
    static RescoringJob queued(UUID id, Instant now) {
        Instant asOf = now.truncatedTo(ChronoUnit.MILLIS);
        return new RescoringJob(id, JobState.QUEUED, 0, 0, 0, 0, asOf, asOf, null, null);
    }
}
