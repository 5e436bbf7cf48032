package io.leadrules.app.sandbox;

import io.leadrules.app.system.ProblemException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Uploads take turns, first come first served: one at a time (each compiles for seconds under the version id it will
 * be stored with, and there is one worker), at most {@code leadrules.sandbox.queue-length} waiting, none longer than
 * {@code queue-wait}. An upload beyond either is a 503 with Retry-After at once, instead of a connection held for
 * minutes behind a hostile one.
 */
@Component
public class UploadQueue {

    /** What a refused upload is told to wait: about one upload's turn. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(60);

    private final Semaphore turn = new Semaphore(1, true);
    private final AtomicInteger waiting = new AtomicInteger();
    private final SandboxSettings settings;

    UploadQueue(SandboxSettings settings) {
        this.settings = settings;
    }

    /** Runs {@code upload} in its turn; a 503 {@code /problems/upload-queue-full} when it cannot get one. */
    public <T> T inTurn(Supplier<T> upload) {
        acquire();
        try {
            return upload.get();
        } finally {
            turn.release();
        }
    }

    int waiting() {
        return waiting.get();
    }

    private void acquire() {
        try {
            if (turn.tryAcquire(0, TimeUnit.SECONDS)) {
                return;
            }
            if (waiting.incrementAndGet() > settings.queueLength()) {
                waiting.decrementAndGet();
                throw full(settings.queueLength() + " uploads are already waiting for their turn");
            }
            boolean mine;
            try {
                mine = turn.tryAcquire(settings.queueWait().toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                waiting.decrementAndGet();
            }
            if (!mine) {
                throw full("this upload waited " + settings.queueWait().toSeconds() + " s for its turn");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw full("the service is stopping");
        }
    }

    private static ProblemException full(String why) {
        return new ProblemException(SandboxProblem.UPLOAD_QUEUE_FULL, "Uploads are checked one at a time and " + why
                + ". Nothing was stored; upload again in a minute.")
                .withHeader("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
    }
}
