package io.leadrules.app.lead.imports;

import io.leadrules.app.lead.LeadRequest;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.JsonReadProblems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An NDJSON import: each line one {@code POST /api/v1/leads} body, read with the service's strict mapper into the
 * same record, so an unknown member or a value of the wrong type is refused with the words the endpoint uses. The
 * file was measured when it was kept ({@link UploadLines}); a longer line here is refused unread all the same.
 */
final class NdjsonLeadLines implements LeadLines {

    private final InputStream in;
    private final JsonMapper json;
    private final long maxLineBytes;
    private long line;

    NdjsonLeadLines(InputStream in, JsonMapper json, long maxLineBytes) {
        this.in = in;
        this.json = json;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(Consumer<ImportLine> lines) {
        for (Optional<ImportLine> next = next(); next.isPresent(); next = next()) {
            lines.accept(next.get());
        }
    }

    /** The next line that is not blank, or empty at the end of the file. */
    private Optional<ImportLine> next() {
        byte[] text;
        do {
            line++;
            text = nextLine();
            if (text == null) {
                return Optional.empty();
            }
        } while (blank(text));
        if (text.length > maxLineBytes) {
            return Optional.of(ImportLine.unreadable(line, List.of(new FieldProblem("", "is longer than "
                    + maxLineBytes + " bytes"))));
        }
        return Optional.of(read(text));
    }

    private ImportLine read(byte[] text) {
        try {
            LeadRequest request = json.readValue(text, LeadRequest.class);
            if (request == null) {
                return ImportLine.unreadable(line, List.of(new FieldProblem("", "must be one JSON object")));
            }
            return ImportLine.of(line, request);
        } catch (JacksonException e) {
            return ImportLine.unreadable(line, JsonReadProblems.problemsOf(e));
        }
    }

    /** The next line without its line break, or {@code null} at the end; a line past the limit is cut short. */
    private byte[] nextLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            int b = in.read();
            if (b == -1) {
                return null;
            }
            for (; b != -1 && b != '\n'; b = in.read()) {
                if (bytes.size() <= maxLineBytes) {
                    bytes.write(b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static boolean blank(byte[] text) {
        for (byte b : text) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
