package io.leadrules.app.jobs;

/**
 * Where a background job stands. A job is QUEUED when stored, RUNNING once its lane starts it, and ends in exactly one
 * of the three last states; an ended job never changes state again (every write that ends a job is conditional on
 * the job not having ended). The names are part of the API: clients read them in each job's {@code state}.
 */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    /** Whether the job has ended: DONE, FAILED or CANCELLED. */
    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
