package io.leadrules.app.scoring.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of bulk scoring, under {@code leadrules.batch}. A member left out gets its default.
 *
 * @param maxBodySize   largest body of {@code POST /api/v1/scores/batch}, counted as it streams in (default 1GB)
 * @param maxLineLength longest NDJSON line, in characters (default 2,000,000: 5,000 activities fit); a longer line
 *                      gets an error line and is skipped without being kept in memory
 * @param chunkSize     leads a worker scores at a time (default 200); chunks in flight are twice the processors
 * @param maxConcurrent batches scored at once (default 4): each holds its chunks in memory and a request thread;
 *                      one more is a 503 {@code /problems/batch-busy} with Retry-After, before its body is read
 */
@ConfigurationProperties("leadrules.batch")
public record BatchSettings(DataSize maxBodySize, Integer maxLineLength, Integer chunkSize, Integer maxConcurrent) {

    public BatchSettings {
        maxBodySize = maxBodySize == null ? DataSize.ofGigabytes(1) : maxBodySize;
        maxLineLength = maxLineLength == null ? 2_000_000 : maxLineLength;
        chunkSize = chunkSize == null ? 200 : chunkSize;
        maxConcurrent = maxConcurrent == null ? 4 : maxConcurrent;
        if (maxBodySize.toBytes() <= 0 || maxLineLength <= 0 || chunkSize <= 0 || maxConcurrent <= 0) {
            throw new IllegalArgumentException("leadrules.batch: max-body-size, max-line-length, chunk-size and "
                    + "max-concurrent must be more than 0");
        }
    }

    /** The settings with every default (the {@code score} command). */
    public static BatchSettings defaults() {
        return new BatchSettings(null, null, null, null);
    }
}
