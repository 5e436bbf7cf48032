package io.leadrules.app.simulation;

import io.leadrules.app.jobs.JobState;
import java.time.Instant;
import java.util.UUID;

/**
 * A simulation job as stored in {@code simulations} and shown by the API.
 *
 * @param rulesetVersion  the version simulated: the draft (or any stored version)
 * @param baselineVersion the version live at {@code asOf}, which the draft is compared with
 * @param processed       leads visited so far, those that failed included (erased ones are skipped, not counted)
 * @param total           leads matching the filter when the job started (0 while QUEUED)
 * @param failures        leads one of the versions could not evaluate (the job goes on without them)
 * @param asOf            the instant both versions evaluate every lead at
 * @param filter          the leads compared, in its stored form
 * @param finishedAt      when it ended (DONE, FAILED or CANCELLED), else null
 * @param message         why a job FAILED, or who CANCELLED it; else null
 * @param report          the impact, once DONE; null before and when FAILED or CANCELLED
 */
public record Simulation(UUID id, String rulesetVersion, String baselineVersion, JobState state, int processed, int total,
                  int failures, Instant asOf, LeadFilter filter, Instant createdAt, Instant finishedAt, String message,
                  ImpactReport report) {

    static Simulation queued(UUID id, String rulesetVersion, String baselineVersion, Instant asOf, LeadFilter filter,
                             Instant createdAt) {
        return new Simulation(id, rulesetVersion, baselineVersion, JobState.QUEUED, 0, 0, 0, asOf, filter, createdAt,
                null, null, null);
    }
}
