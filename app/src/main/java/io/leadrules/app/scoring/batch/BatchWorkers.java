package io.leadrules.app.scoring.batch;

import io.leadrules.app.system.ProblemException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpHeaders;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The threads that score batches: one per processor, shared by every batch in progress (more threads than cores
 * would only add switching), daemon so that a stuck batch never keeps the process alive. Never interrupted: a
 * shutdown lets them finish their chunk.
 */
@Component
final class BatchWorkers implements AutoCloseable {

    static final int RETRY_AFTER_SECONDS = 5;

    private final int threads;
    private final ExecutorService executor;
    private final Semaphore batches;

    BatchWorkers(BatchSettings settings) {
        this.threads = Runtime.getRuntime().availableProcessors();
        this.executor = pool(threads);
        this.batches = new Semaphore(settings.maxConcurrent());
    }

    /**
     * A place for one more batch, or a 503 {@code batch-busy} problem when {@code leadrules.batch.max-concurrent}
     * are in progress: each holds chunks in memory and a request thread, so their number is bounded rather than
     * the memory left to chance. Closing the place frees it.
     */
    BatchPlace enter() {
        if (!batches.tryAcquire()) {
            throw new ProblemException(BatchProblem.BATCH_BUSY, "As many batches as the service scores at once "
                    + "are in progress; nothing was read. Send this one again in " + RETRY_AFTER_SECONDS + " s.")
                    .withHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        }
        return batches::release;
    }

    /** A batch's place among those scored at once. */
    interface BatchPlace extends AutoCloseable {

        @Override
        void close();
    }

    static ExecutorService pool(int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "batch-scoring-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    BatchScoring scoring(BatchParts parts) {
        return new BatchScoring(parts, executor, threads);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
