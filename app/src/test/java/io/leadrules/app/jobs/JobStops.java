package io.leadrules.app.jobs;

/** Stop signals for tests of a feature's run, which is handed one by its lane in the service. */
public final class JobStops {

    private JobStops() {
    }

    /** A signal nobody has asked to stop yet. */
    public static JobStop fresh() {
        return new JobStop();
    }

    /** A signal that also stops the run once the job's row has ended, as a lane's does (a cancel through any instance). */
    public static JobStop watching(ResumableJobTable table, java.util.UUID id) {
        return new JobStop(() -> !table.unfinished(id));
    }

    /** Asks the run to stop because its job was cancelled, as the lane does after marking the row CANCELLED. */
    public static void cancel(JobStop stop) {
        stop.request(true);
    }

    /** Asks the run to stop because the service is stopping, as the lane does at shutdown. */
    public static void stopService(JobStop stop) {
        stop.request(false);
    }
}
