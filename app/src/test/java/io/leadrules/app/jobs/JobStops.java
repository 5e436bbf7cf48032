package io.leadrules.app.jobs;

/** Stop signals for tests of a feature's run, which is handed one by its lane in the service. */
public final class JobStops {

    private JobStops() {
    }

    /** A signal nobody has asked to stop yet. */
    public static JobStop fresh() {
        return new JobStop();
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
