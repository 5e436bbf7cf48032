package io.leadrules.app.scoring.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers as CSV: a header row, then one row per input line, an error row naming its problem in
 * {@code errorType} and {@code errorDetail}. With {@code explain=full} the last column holds the full answer as
 * JSON. Cells are quoted when needed, and a cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is prefixed with {@code '}: the input's ids come back here.
 */
final class CsvAnswers implements AnswerWriter {

    private static final List<String> COLUMNS = List.of("line", "id", "externalId", "valid", "score", "grade",
            "temperature", "stage", "funnelStage", "priority", "nextAction", "rulesetVersion", "firedRules",
            "errorType", "errorDetail");

    private final Writer out;
    private final ObjectWriter json;
    private final boolean explain;
    private boolean committed;

    CsvAnswers(OutputStream out, JsonMapper json, boolean explain) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65_536);
        this.json = json.writer();
        this.explain = explain;
        List<String> header = new ArrayList<>(COLUMNS);
        if (explain) {
            header.add("explanation");
        }
        row(header);
    }

    @Override
    public void write(LineAnswer answer) throws IOException {
        if (answer instanceof LineAnswer.Summary summary) {
            row(cells(summary, null));
        } else if (answer instanceof LineAnswer.Full full) {
            row(cells(full.summary(), json.writeValueAsString(full.answer())));
        } else {
            row(cells((LineAnswer.Failed) answer));
        }
    }

    private List<String> cells(LineAnswer.Summary s, String explanation) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(s.line()), text(s.id()), text(s.externalId()),
                String.valueOf(s.valid()), text(s.score()), text(s.grade()), text(s.temperature()), text(s.stage()),
                text(s.funnelStage()), text(s.priority()), text(s.nextAction()), text(s.rulesetVersion()),
                String.join(" ", s.firedRules()), "", ""));
        if (explain) {
            cells.add(explanation == null ? "" : explanation);
        }
        return cells;
    }

    private List<String> cells(LineAnswer.Failed f) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(f.line()), text(f.id()), text(f.externalId())));
        while (cells.size() < COLUMNS.size() - 2) {
            cells.add("");
        }
        cells.add(f.problem().type());
        cells.add(text(f.problem().detail()));
        if (explain) {
            cells.add("");
        }
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCell.escape(cells.get(i)));
        }
        out.write("\r\n");
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
        flush();
    }
}
