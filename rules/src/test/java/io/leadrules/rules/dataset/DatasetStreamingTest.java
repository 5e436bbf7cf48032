package io.leadrules.rules.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A large dataset passes through the reader without being held: rows are made as read and counted, not kept. */
class DatasetStreamingTest {

    static final String HEADER = "id,createdAt,outcome,email,company,companySize,attributes.timeOnSite,activities\n";

    @Test
    void twoHundredThousandGeneratedRowsAreHandedOnOneByOne() throws IOException {
        AtomicLong activities = new AtomicLong();
        AtomicLong converted = new AtomicLong();

        DatasetSummary summary = new DatasetReader().read(new GeneratedDataset(200_000), row -> {
            activities.addAndGet(row.activities().size());
            converted.addAndGet(row.outcome().converted() ? 1 : 0);
        });

        assertThat(summary).isEqualTo(new DatasetSummary(200_000, 200_000, 0, java.util.List.of()));
        assertThat(activities.get()).isEqualTo(200_000L * 3);
        assertThat(converted.get()).isEqualTo(100_000);
    }

    /** A dataset of {@code rows} rows of 3 activities each, written as it is read. */
    static final class GeneratedDataset extends InputStream {

        private final int rows;
        private int next;
        private byte[] chunk = HEADER.getBytes(StandardCharsets.UTF_8);
        private int position;

        GeneratedDataset(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (position == chunk.length && !nextRow()) {
                return -1;
            }
            return chunk[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == chunk.length && !nextRow()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            return n;
        }

        private boolean nextRow() {
            if (next == rows) {
                return false;
            }
            next++;
            chunk = row(next).getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }

        static String row(int n) {
            return "lead-" + n + ",2026-01-10T09:00:00Z," + (n % 2 == 0 ? "CONVERTED" : "LOST") + ",p" + n
                    + "@acme.com,Acme " + n + "," + (n % 500) + "," + (n % 900)
                    + ",\"PAGE_VIEW x2@+1d..+20d; DEMO_REQUESTED@+2d\"\n";
        }
    }
}
