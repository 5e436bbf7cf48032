package io.leadrules.app.jobs;

/**
 * How far the running job of a lane has got: items processed and items in all (leads, or an import's lines), for the
 * {@code leadrules.job.progress} gauges. {@link #IDLE} (0 of 0) when none runs.
 */
public record JobProgress(long processed, long total) {

    public static final JobProgress IDLE = new JobProgress(0, 0);
}
