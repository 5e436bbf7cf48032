package io.leadrules.app.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * The state column of a feature's job table, as its {@link JobLane} moves it. Each method is one conditional update
 * (a {@code WHERE state IN (...)} on the row), so that of two writers racing for one job the first to commit wins and
 * the other learns it from the answer: a run that ends after a cancel leaves the job CANCELLED, a cancel that comes
 * after the run ended changes nothing.
 */
public interface JobTable {

    /** Marks a QUEUED job RUNNING; false when it is no longer queued (cancelled meanwhile, or gone). */
    boolean start(UUID id);

    /**
     * Marks a QUEUED or RUNNING job CANCELLED, finished at {@code at}, with the message; false when it had already
     * finished (or does not exist). The progress it had stays.
     */
    boolean cancel(UUID id, Instant at, String message);

    /**
     * The progress of the RUNNING job ({@link JobProgress#IDLE} when none runs), read when metrics are scraped. A sum
     * over RUNNING rows is one row whatever happens: a lane runs one job at a time, several instances one each.
     */
    JobProgress running();

    /**
     * Marks every QUEUED or RUNNING job FAILED that no live instance is running, finished at {@code at}, with the
     * message; answers how many. A table of a local lane whose jobs record their instance (lead imports) leaves those
     * of another live instance alone.
     */
    int failUnfinished(Instant at, String message);
}
