package io.leadrules.app.lead.outcome;

import io.leadrules.app.system.ProblemException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV import (RFC 4180, UTF-8, a header row), read record by record with Jackson's CSV parser. The header is read
 * first and on its own: each name must be allowed, so an unknown column stops the import before any row is stored.
 * A cell is only ever data: {@code =HYPERLINK(...)} is an externalId nobody has, never a formula.
 */
final class CsvOutcomeRows implements OutcomeRows {

    /** Longest header line; longest cell. No allowed value comes near either. */
    static final int MAX_HEADER_LENGTH = 4096;
    static final int MAX_CELL_LENGTH = 10_000;

    private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_LENGTH).build())
                    .build())
            .enable(CsvReadFeature.SKIP_EMPTY_LINES).enable(CsvReadFeature.TRIM_SPACES).build();

    private final MappingIterator<Map<String, String>> records;

    private CsvOutcomeRows(MappingIterator<Map<String, String>> records) {
        this.records = records;
    }

    /** Reads and checks the header row; the rows follow as {@link #next()} is asked. */
    static CsvOutcomeRows open(Reader body) {
        List<String> columns = HeaderRow.columns(firstLine(body));
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        return new CsvOutcomeRows(CSV.readerForMapOf(String.class).with(schema.build()).readValues(body));
    }

    /** The line a record starts at is where the parser stands after the one before (the header is line 1). */
    @Override
    public Optional<Read> next() {
        long line = records.parser().currentLocation().getLineNr() + 1;
        try {
            if (!records.hasNextValue()) {
                return Optional.empty();
            }
            return Optional.of(Read.of(new ImportRow(line, present(records.nextValue()))));
        } catch (JacksonException e) {
            throw new ProblemException(OutcomeProblem.IMPORT_UNREADABLE, "The CSV cannot be read from the record "
                    + "that starts at line " + line + ": " + e.getOriginalMessage() + ".").with("line", line);
        }
    }

    private static Map<String, String> present(Map<String, String> record) {
        Map<String, String> cells = new LinkedHashMap<>();
        record.forEach((column, value) -> {
            if (value != null && !value.isEmpty()) {
                cells.put(column, value);
            }
        });
        return cells;
    }

    private static String firstLine(Reader body) {
        StringBuilder line = new StringBuilder();
        try {
            for (int c = body.read(); c != -1 && c != '\n'; c = body.read()) {
                if (line.length() == MAX_HEADER_LENGTH) {
                    throw HeaderRow.problem(null, "The header row is longer than " + MAX_HEADER_LENGTH
                            + " characters.");
                }
                line.append((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString();
    }

    /** The header row: allowed names, each once, the required ones present. */
    static final class HeaderRow {

        private static final CsvMapper HEADER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
                .enable(CsvReadFeature.TRIM_SPACES).build();

        private HeaderRow() {
        }

        static List<String> columns(String line) {
            List<String> columns = parse(line.replace("\uFEFF", "").strip());
            Set<String> seen = new HashSet<>();
            for (String column : columns) {
                if (!COLUMNS.contains(column)) {
                    throw problem(column, "The header names an unknown column (column " + (seen.size() + 1)
                            + "). The columns are " + String.join(", ", COLUMNS) + ".");
                }
                if (!seen.add(column)) {
                    throw problem(column, "The header names " + column + " twice.");
                }
            }
            required(seen);
            return columns;
        }

        private static List<String> parse(String line) {
            if (line.isEmpty()) {
                throw problem(null, "The body is empty or starts with a blank line; its first line must be the "
                        + "header row, such as leadId,outcome,occurredAt,amount,currency.");
            }
            try {
                MappingIterator<String[]> rows = HEADER.readerFor(String[].class).with(CsvSchema.emptySchema())
                        .readValues(line);
                return List.of(rows.nextValue());
            } catch (JacksonException e) {
                throw problem(null, "The header row is not readable CSV: " + e.getOriginalMessage() + ".");
            }
        }

        private static void required(Set<String> columns) {
            for (String column : List.of("outcome", "occurredAt")) {
                if (!columns.contains(column)) {
                    throw problem(column, "The header has no " + column + " column; it is required.");
                }
            }
            if (!columns.contains("leadId") && !columns.contains("externalId")) {
                throw problem("leadId", "The header has neither a leadId nor an externalId column: rows name their "
                        + "lead by one of them.");
            }
        }

        static ProblemException problem(String column, String detail) {
            return new ProblemException(OutcomeProblem.IMPORT_COLUMNS, detail + " Nothing was imported.")
                    .with("column", column);
        }
    }
}
