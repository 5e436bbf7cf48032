package io.leadrules.app.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The job table of a kind of job that runs on the shared scheduler ({@link JobLane}): any instance may start, resume,
 * cancel or fail a job, so the table answers for the row, never for what one process remembers. {@link #start} takes
 * a RUNNING job too: that is a job resumed after its instance stopped or died.
 */
public interface ResumableJobTable extends JobTable {

    /** Whether the job is still QUEUED or RUNNING (false once it ended, or when it is gone). */
    boolean unfinished(UUID id);

    /** Marks a QUEUED or RUNNING job FAILED, finished at {@code at}, with the message; false when it had ended. */
    boolean fail(UUID id, Instant at, String message);

    /**
     * The QUEUED or RUNNING jobs that only their lane's execution carries (for a rescoring job: until it is cut into
     * pages, which then carry it). One of them without an execution on the scheduler is an orphan, and fails.
     */
    List<UUID> unfinished();
}
