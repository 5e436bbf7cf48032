package io.leadrules.app.jobs;

/** A lane whose running job's progress the {@link JobMetrics} gauges show. */
public interface JobProgressSource {

    /** The lane's name, which tags its gauges: rescoring, simulation, backtest, lead-import. */
    String name();

    /** How far its running job (or jobs, across the instances) has got, as its table records it. */
    JobProgress progress();
}
