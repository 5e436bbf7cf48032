package io.leadrules.app.jobs;

/**
 * Thrown by {@link JobStop#check()} into a job's run to end it between two pages: the job was cancelled (its row is
 * already CANCELLED, nothing more to write) or the service is stopping (the run marks it FAILED, or the next start
 * does).
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
