package io.leadrules.app.backtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code backtest_dataset_chunks} table: an uploaded dataset kept in the shared database in chunks of
 * {@value #CHUNK_BYTES} bytes, so that the instance that runs its backtest (or resumes it, when the first one died)
 * needs no file of the instance that received it. Read back as one stream, a chunk at a time, never whole in memory.
 */
@Repository
class DatasetChunks {

    static final int CHUNK_BYTES = 1_000_000;

    private final JdbcClient jdbc;

    DatasetChunks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file as the backtest's dataset, in the caller's transaction (the one storing the backtest). */
    void store(UUID backtest, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int chunk = 0;
            byte[] content;
            while ((content = in.readNBytes(CHUNK_BYTES)).length > 0) {
                jdbc.sql("INSERT INTO backtest_dataset_chunks (backtest_id, chunk, content) VALUES (:id, :chunk,"
                        + " :content)").param("id", backtest).param("chunk", chunk++).param("content", content)
                        .update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the dataset could not be kept for its backtest", e);
        }
    }

    /** The backtest's dataset as a stream (empty when it has none, or it was deleted). */
    InputStream open(UUID backtest) {
        return new ChunkStream(backtest);
    }

    boolean exists(UUID backtest) {
        return jdbc.sql("SELECT COUNT(*) FROM backtest_dataset_chunks WHERE backtest_id = :id AND chunk = 0")
                .param("id", backtest).query(Integer.class).single() == 1;
    }

    /** Deletes the backtest's dataset: it holds personal data, and is kept no longer than its backtest runs. */
    void delete(UUID backtest) {
        jdbc.sql("DELETE FROM backtest_dataset_chunks WHERE backtest_id = :id").param("id", backtest).update();
    }

    private Optional<byte[]> chunk(UUID backtest, int chunk) {
        return jdbc.sql("SELECT content FROM backtest_dataset_chunks WHERE backtest_id = :id AND chunk = :chunk")
                .param("id", backtest).param("chunk", chunk).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The chunks one after the other, each read when the previous one is used up. */
    private final class ChunkStream extends InputStream {

        private final UUID backtest;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        ChunkStream(UUID backtest) {
            this.backtest = backtest;
        }

        @Override
        public int read() {
            if (!available(1)) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!available(1)) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean available(int wanted) {
            while (current.length - position < wanted) {
                Optional<byte[]> chunk = chunk(backtest, next);
                if (chunk.isEmpty()) {
                    return false;
                }
                next++;
                current = chunk.get();
                position = 0;
            }
            return true;
        }
    }
}
