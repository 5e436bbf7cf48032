package io.leadrules.app.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * A CSV answer written row by row as the rows are read (never the whole list in memory): a header row, then one row
 * per item, written and quoted (RFC 4180) by Jackson's CSV generator. Every text cell a spreadsheet would run as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with {@code '} (OWASP, "CSV
 * Injection"): names, companies and external ids come from whoever filled a web form. Numbers and instants are
 * written as they are; a negative number is data, not a formula, only when it is a number.
 */
public final class CsvRows implements Closeable {

    /** The media type of a CSV answer. */
    public static final String TEXT_CSV = "text/csv";

    /** Quotes a cell only when it must be (a comma, a quote, a line break): the defusing quote stays visible. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private final SequenceWriter rows;
    private final int width;

    public CsvRows(OutputStream out, List<String> columns) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        this.rows = CSV.writer(schema.build()).writeValues(out);
        this.width = columns.size();
    }

    /** One row, its cells in the order of the columns; null is an empty cell. */
    public void row(Object... cells) {
        if (cells.length != width) {
            throw new IllegalArgumentException(width + " cells expected, not " + cells.length);
        }
        List<String> row = new ArrayList<>(width);
        for (Object cell : cells) {
            row.add(text(cell));
        }
        rows.write(row);
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number || cell instanceof Boolean) {
            return cell.toString();
        }
        return defused(cell.toString());
    }

    /** The text, prefixed with {@code '} when a spreadsheet would take it for a formula or a DDE command. */
    public static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } catch (RuntimeException failed) {
            throw new IOException(failed);
        }
    }

    /** Flushes what was written so far to the client. */
    public void flush() {
        try {
            rows.flush();
        } catch (RuntimeException failed) {
            throw new UncheckedIOException(new IOException(failed));
        }
    }
}
