package io.leadrules.app.jobs;

/**
 * Thrown by {@link JobStop#check()} into a job's run to end it between two pages: the job was cancelled (its row is
 * already CANCELLED, nothing more to write) or the service is stopping. A run on a {@link JobLane} lets the second kind
 * through, leaving its job RUNNING: the lane hands it back to the shared scheduler, and another instance (or this one
 * when it starts again) resumes it. A run on a {@link LocalJobLane} marks it FAILED.
 */
public final class JobStopped extends RuntimeException {

    private final boolean cancelled;

    JobStopped(boolean cancelled) {
        super(cancelled ? "the job was cancelled" : "the service is shutting down", null, false, false);
        this.cancelled = cancelled;
    }

    /** True when the job was cancelled, false when the service is stopping. */
    public boolean cancelled() {
        return cancelled;
    }
}
