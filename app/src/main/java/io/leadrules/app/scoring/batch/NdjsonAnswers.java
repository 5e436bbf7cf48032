package io.leadrules.app.scoring.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Answers as NDJSON: one JSON object per line, then {@code {"summary": {...}}} as the last line. */
final class NdjsonAnswers implements AnswerWriter {

    private final Writer out;
    private final ObjectWriter json;
    private boolean committed;

    NdjsonAnswers(OutputStream out, JsonMapper json) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65_536);
        this.json = json.writer();
    }

    @Override
    public void write(LineAnswer answer) throws IOException {
        out.write(json.writeValueAsString(answer));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        committed = true;
        out.flush();
    }

    @Override
    public boolean committed() {
        return committed;
    }

    @Override
    public void end(BatchTally tally) throws IOException {
        out.write(json.writeValueAsString(Map.of("summary", tally.summary())));
        out.write('\n');
        flush();
    }
}
