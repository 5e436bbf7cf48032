package io.leadrules.app.jobs;

/**
 * A running job's signal to stop, which its run checks between pages. A lane never interrupts the thread of a job to
 * stop it: an interrupt that reaches H2's file channel during a read or a commit closes the whole database for every
 * request (seen with H2 2.4.240: "Writing to FileChannelImpl failed", then "The database has been closed"), so jobs
 * stop cooperatively, at a point where they touch no file.
 */
public final class JobStop {

    private volatile JobStopped reason;

    JobStop() {
    }

    /**
     * Ends the run here when the job was cancelled or the service is stopping.
     *
     * @throws JobStopped when the run must stop
     */
    public void check() {
        JobStopped stopped = reason;
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
