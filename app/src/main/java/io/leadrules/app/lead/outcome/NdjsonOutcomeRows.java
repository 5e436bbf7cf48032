package io.leadrules.app.lead.outcome;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An NDJSON import: one JSON object per line, read with the service's strict mapper. Lines are independent, so a
 * line that is no JSON object, has a member no row has, or a member that is neither a string nor a number is a
 * rejected row and the next line is read.
 */
final class NdjsonOutcomeRows implements OutcomeRows {

    /** Longest line; an allowed row is far shorter. A longer one is skipped unread, not held. */
    static final int MAX_LINE_LENGTH = 65_536;

    private final Reader body;
    private final JsonMapper json;
    private long line;

    NdjsonOutcomeRows(Reader body, JsonMapper json) {
        this.body = body;
        this.json = json;
    }

    @Override
    public Optional<Read> next() {
        String text;
        do {
            line++;
            text = nextLine();
            if (text == null) {
                return Optional.empty();
            }
        } while (text.isBlank());
        if (text.length() > MAX_LINE_LENGTH) {
            return Optional.of(Read.rejected(new RejectedRow(line, null, "is longer than " + MAX_LINE_LENGTH
                    + " characters")));
        }
        return Optional.of(read(text));
    }

    private Read read(String text) {
        JsonNode row;
        try {
            row = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
        } catch (JacksonException e) {
            return Read.rejected(new RejectedRow(line, null, "is not one JSON object: " + e.getOriginalMessage()));
        }
        if (row == null || !row.isObject()) {
            return Read.rejected(new RejectedRow(line, null, "must be one JSON object, such as {\"leadId\": \"...\", "
                    + "\"outcome\": \"WON\", \"occurredAt\": \"2026-11-20T10:00:00Z\"}"));
        }
        return cells(row);
    }

    private Read cells(JsonNode row) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<RejectedRow> rejections = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : row.properties()) {
            JsonNode value = member.getValue();
            if (!COLUMNS.contains(member.getKey())) {
                rejections.add(new RejectedRow(line, member.getKey(), "is not a member of an outcome row; the members "
                        + "are " + String.join(", ", COLUMNS)));
            } else if (value.isString() || value.isNumber()) {
                cells.put(member.getKey(), value.isNumber() ? value.decimalValue().toPlainString() : value.asString());
            } else if (!value.isNull()) {
                rejections.add(new RejectedRow(line, member.getKey(), "must be a string or a number"));
            }
        }
        return rejections.isEmpty() ? Read.of(new ImportRow(line, cells)) : new Read(null, rejections);
    }

    /** The next line without its line break, or {@code null} at the end; a line past the limit comes back longer. */
    private String nextLine() {
        StringBuilder text = new StringBuilder();
        try {
            int c = body.read();
            if (c == -1) {
                return null;
            }
            for (; c != -1 && c != '\n'; c = body.read()) {
                if (text.length() <= MAX_LINE_LENGTH) {
                    text.append((char) c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
