package io.leadrules.app.jobs;

import java.util.function.BooleanSupplier;

/**
 * A running job's signal to stop, which its run checks between pages. A lane never interrupts the thread of a job to
 * stop it: an interrupt that reaches H2's file channel during a read or a commit closes the whole database for every
 * request (seen with H2 2.4.240: "Writing to FileChannelImpl failed", then "The database has been closed"), so jobs
 * stop cooperatively, at a point where they touch no file.
 *
 * <p>A job may be cancelled through any instance, not only the one running it: each check also asks the job's row
 * whether it still is unfinished (one primary-key read per page), so a CANCELLED row stops the run at its next page
 * wherever it runs.
 */
public final class JobStop {

    private final BooleanSupplier endedElsewhere;
    private volatile JobStopped reason;

    JobStop() {
        this(() -> false);
    }

    JobStop(BooleanSupplier endedElsewhere) {
        this.endedElsewhere = endedElsewhere;
    }

    /**
     * Ends the run here when the job was cancelled (here or through another instance) or the service is stopping.
     *
     * @throws JobStopped when the run must stop
     */
    public void check() {
        JobStopped stopped = reason;
        if (stopped == null && endedElsewhere.getAsBoolean()) {
            request(true);
            stopped = reason;
        }
        if (stopped != null) {
            throw stopped;
        }
    }

    boolean requested() {
        return reason != null;
    }

    /** Asks the run to stop; the first reason given is the one it stops for. */
    synchronized void request(boolean cancelled) {
        if (reason == null) {
            reason = new JobStopped(cancelled);
        }
    }
}
