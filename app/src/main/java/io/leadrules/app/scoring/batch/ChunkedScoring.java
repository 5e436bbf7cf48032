package io.leadrules.app.scoring.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scores items in chunks on the executor while the caller reads on, and writes the answers in input order. At most
 * {@code maxPending} chunks are in flight: when that many wait, the caller writes the oldest before it reads more.
 * A chunk ends at {@code chunkSize} items or once its items weigh {@code chunkWeight} ({@link BatchItem#weight()}:
 * about their characters), so memory is bounded by {@code maxPending + 1} chunks of either bound plus one line,
 * whatever the size of the input and however long its lines. Answers are
 * flushed after each chunk. The executor's threads are never interrupted (see {@code jobs.JobLane}).
 */
final class ChunkedScoring implements Consumer<BatchItem> {

    private final Executor executor;
    private final int chunkSize;
    private final int maxPending;
    private final Function<BatchItem, LineAnswer> scorer;
    private final AnswerWriter out;
    private final BatchTally tally;
    private final Runnable afterChunk;
    private final Deque<CompletableFuture<List<LineAnswer>>> pending = new ArrayDeque<>();
    private final int chunkWeight;
    private List<BatchItem> chunk;
    private long weight;

    ChunkedScoring(Executor executor, BatchShape shape, Function<BatchItem, LineAnswer> scorer, AnswerWriter out,
                   BatchTally tally, Runnable afterChunk) {
        this.executor = executor;
        this.chunkSize = shape.chunkSize();
        this.maxPending = shape.maxPending();
        this.chunkWeight = shape.chunkWeight();
        this.scorer = scorer;
        this.out = out;
        this.tally = tally;
        this.afterChunk = afterChunk;
        this.chunk = new ArrayList<>(chunkSize);
    }

    /** How a batch is cut: items per chunk, chunks in flight, and the weight (about characters) a chunk may reach. */
    record BatchShape(int chunkSize, int maxPending, int chunkWeight) {
    }

    @Override
    public void accept(BatchItem item) {
        chunk.add(item);
        weight += item.weight();
        if (chunk.size() == chunkSize || weight >= chunkWeight) {
            submit();
        }
    }

    /** Scores what is left and writes every answer still pending, in order. */
    void finish() throws IOException {
        if (!chunk.isEmpty()) {
            submit();
        }
        while (!pending.isEmpty()) {
            writeOldest();
        }
    }

    /** Lets the chunks in flight run out, unwritten: the batch failed and nobody reads their answers. */
    void abandon() {
        pending.clear();
        chunk = new ArrayList<>();
    }

    private void submit() {
        List<BatchItem> items = chunk;
        chunk = new ArrayList<>(chunkSize);
        weight = 0;
        pending.addLast(CompletableFuture.supplyAsync(() -> items.stream().map(scorer).toList(), executor));
        while (pending.size() > maxPending || !pending.isEmpty() && pending.peekFirst().isDone()) {
            try {
                writeOldest();
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
        }
    }

    private void writeOldest() throws IOException {
        for (LineAnswer answer : await(pending.removeFirst())) {
            out.write(answer);
            tally.count(answer);
        }
        out.flush();
        afterChunk.run();
    }

    private static List<LineAnswer> await(CompletableFuture<List<LineAnswer>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a chunk of the batch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a chunk of the batch failed", e.getCause());
        }
    }

    /** Writing to the client failed while reading went on: the client is gone. */
    static final class WriteFailed extends RuntimeException {

        WriteFailed(IOException cause) {
            super(cause);
        }
    }
}
