package io.leadrules.app.system;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV answer written row by row as the rows are read (never the whole list in memory): a header row, then one row
 * per item, RFC 4180 with {@code \n} line ends. Every text cell a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is prefixed with {@code '} (OWASP, "CSV Injection"): names, companies
 * and external ids come from whoever filled a web form. A cell is quoted when it holds a comma, a quote or a line
 * break, and also a semicolon or a tab: a spreadsheet that splits on those (Excel in most European locales) would
 * otherwise start a new cell after one, and {@code Acme;=cmd} would hand it {@code =cmd} as a formula. Numbers and
 * instants are written as they are; a negative number is data, not a formula, only when it is a number.
 */
public final class CsvRows implements Closeable {

    /** The media type of a CSV answer. */
    public static final String TEXT_CSV = "text/csv";

    private final Writer rows;
    private final int width;

    public CsvRows(OutputStream out, List<String> columns) {
        this.rows = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.width = columns.size();
        line(columns.toArray());
    }

    /** One row, its cells in the order of the columns; null is an empty cell. */
    public void row(Object... cells) {
        if (cells.length != width) {
            throw new IllegalArgumentException(width + " cells expected, not " + cells.length);
        }
        line(cells);
    }

    private void line(Object[] cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append(quoted(text(cells[i])));
        }
        try {
            rows.write(line.append('\n').toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as written: quoted, its quotes doubled, when a spreadsheet could split or break it. */
    static String quoted(String cell) {
        boolean quote = cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';'
                || c == '\t');
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
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
        rows.close();
    }

    /** Flushes what was written so far to the client. */
    public void flush() {
        try {
            rows.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
