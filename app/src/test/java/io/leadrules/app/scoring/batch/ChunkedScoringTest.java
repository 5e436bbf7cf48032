package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * How a batch is cut into chunks: never more than the chunk size in leads, and never much more than the chunk's
 * share of characters, so that long lines (up to 2,000,000 characters each) cannot pile up in memory by the
 * hundred: 200 of them in each of the chunks in flight was gigabytes before the first answer.
 */
class ChunkedScoringTest {

    private final List<Integer> chunkSizes = new ArrayList<>();
    private final List<LineAnswer> written = new ArrayList<>();

    @Test
    void longLinesAreCutIntoChunksByTheirCharactersNotOnlyByTheirCount() throws IOException {
        ChunkedScoring chunks = chunks(new ChunkedScoring.BatchShape(200, 0, 1_000_000));

        for (int line = 1; line <= 10; line++) {
            chunks.accept(new BatchItem.Unread(line, "x".repeat(600_000)));
        }
        chunks.finish();

        assertThat(chunkSizes).containsExactly(2, 2, 2, 2, 2);
        assertThat(written).extracting(LineAnswer::line).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void shortLinesFillAChunkUpToItsSize() throws IOException {
        ChunkedScoring chunks = chunks(new ChunkedScoring.BatchShape(3, 0, 1_000_000));

        for (int line = 1; line <= 7; line++) {
            chunks.accept(new BatchItem.Unread(line, "{}"));
        }
        chunks.finish();

        assertThat(chunkSizes).containsExactly(3, 3, 1);
    }

    private ChunkedScoring chunks(ChunkedScoring.BatchShape shape) {
        Executor counting = work -> work.run();
        BatchTally tally = new BatchTally("1");
        List<Integer> pending = new ArrayList<>(List.of(0));
        return new ChunkedScoring(counting, shape, item -> {
            pending.set(0, pending.get(0) + 1);
            return new LineAnswer.Failed(item.line(), null, null, null);
        }, new AnswerWriter() {
            @Override
            public void write(LineAnswer answer) {
                written.add(answer);
            }

            @Override
            public void flush() {
            }

            @Override
            public boolean committed() {
                return false;
            }

            @Override
            public void end(BatchTally ignored) {
            }
        }, tally, () -> {
            chunkSizes.add(pending.get(0));
            pending.set(0, 0);
        });
    }
}
