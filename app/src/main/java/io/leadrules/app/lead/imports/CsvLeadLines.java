package io.leadrules.app.lead.imports;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.rules.dataset.DatasetProblem;
import io.leadrules.rules.dataset.DatasetReader;
import io.leadrules.rules.dataset.DatasetRow;
import io.leadrules.rules.dataset.DatasetRows;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV import: bulk scoring's columns, read by the same dataset reader, each row turned into the
 * {@code POST /api/v1/leads} body it stands for ({@link CsvRowMapper}). A cell the reader refuses refuses its row,
 * named by line and column (the column's header as the problem's {@code field}); the job then checks the other rows
 * as it checks an NDJSON line. Line 1 was checked before the job was queued.
 */
final class CsvLeadLines implements LeadLines {

    private final InputStream in;
    private final DatasetReader reader;
    private final CsvRowMapper mapper;

    CsvLeadLines(InputStream in, DatasetReader reader, CsvRowMapper mapper) {
        this.in = in;
        this.reader = reader;
        this.mapper = mapper;
    }

    @Override
    public void read(Consumer<ImportLine> lines) throws IOException {
        reader.read(in, new DatasetRows() {
            @Override
            public void accepted(DatasetRow row) {
                lines.accept(ImportLine.of(row.line(), mapper.toRequest(row.lead(), row.activities())));
            }

            @Override
            public void rejected(DatasetProblem problem) {
                lines.accept(ImportLine.unreadable(problem.line(), List.of(problemOf(problem))));
            }
        });
    }

    /** The column and what is wrong with the value quoted: "'many': not a whole number". */
    static FieldProblem problemOf(DatasetProblem problem) {
        String message = problem.value() == null ? problem.message() : "'" + problem.value() + "': "
                + problem.message();
        return new FieldProblem(problem.column() == null ? "" : problem.column(), message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
