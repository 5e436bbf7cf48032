package io.leadrules.app.sandbox;

import java.time.Duration;

/**
 * The worker ended without answering. {@code limit} names the wall that stopped it ({@code heap}, {@code cpu},
 * {@code wall-clock}) after {@code after}; a null limit is a worker that died of something else (killed from outside,
 * crashed, failed to start): not the upload's fault.
 */
final class WorkerFailure extends Exception {

    private final transient String limit;
    private final transient Duration after;

    WorkerFailure(String limit, Duration after, String message) {
        super(message);
        this.limit = limit;
        this.after = after;
    }

    String limit() {
        return limit;
    }

    Duration after() {
        return after;
    }
}
