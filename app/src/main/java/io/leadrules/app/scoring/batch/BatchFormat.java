package io.leadrules.app.scoring.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The two formats of a batch, in and out: NDJSON and CSV. */
public enum BatchFormat {
    NDJSON("application/x-ndjson", ".ndjson"), CSV("text/csv", ".csv");

    private final String mediaType;
    private final String extension;

    BatchFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension (or a {@code --format} word) says; empty for any other. */
    static Optional<BatchFormat> named(String nameOrWord) {
        String lower = nameOrWord.toLowerCase(Locale.ROOT);
        for (BatchFormat format : values()) {
            if (lower.endsWith(format.extension) || lower.equals(format.extension.substring(1))
                    || (format == NDJSON && (lower.endsWith(".jsonl") || lower.equals("jsonl")))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    AnswerWriter writer(OutputStream out, JsonMapper json, boolean explain) throws IOException {
        return this == NDJSON ? new NdjsonAnswers(out, json) : new CsvAnswers(out, json, explain);
    }
}
