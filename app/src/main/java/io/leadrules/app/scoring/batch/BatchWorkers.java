package io.leadrules.app.scoring.batch;

import java.util.concurrent.ExecutorService;
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

    private final int threads;
    private final ExecutorService executor;

    BatchWorkers() {
        this.threads = Runtime.getRuntime().availableProcessors();
        this.executor = pool(threads);
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
