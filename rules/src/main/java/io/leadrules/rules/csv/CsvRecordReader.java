package io.leadrules.rules.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text a record at a time, as RFC 4180 describes it in the dialects spreadsheet apps write: cells
 * separated by {@code ,} or {@code ;} (see {@link CsvSeparator}), cells in double quotes may hold the separator, line
 * breaks and doubled quotes ({@code ""}); CRLF, LF or CR line ends.
 *
 * <p>Why a state machine of its own rather than whole-file parsing: a dataset may be 100 MB, so the reader holds one
 * record, at most {@code maxCellLength} characters of a cell and at most {@code maxCells} cells; a 10 MB line without
 * a line end costs no more memory than a short one. A flaw does not stop the reading: the record carries it (see
 * {@link CsvRecord.Kind}) and the next record is read as usual, so that the caller decides what it means.
 */
public final class CsvRecordReader {

    private final Reader in;
    private final char separator;
    private final int maxCellLength;
    private final int maxCells;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int row;
    private boolean ended;
    private List<String> cells;
    private List<CsvRecord.Flaw> flaws;
    private final StringBuilder field = new StringBuilder();
    private int fieldLength;
    private boolean quoted;
    private boolean inQuotes;
    private boolean textAfterQuote;
    private boolean tooManyCells;

    /** A reader whose first record is row {@code firstRow}; without limits, pass {@link Integer#MAX_VALUE}. */
    public CsvRecordReader(Reader in, char separator, int firstRow, int maxCellLength, int maxCells) {
        this.in = in;
        this.separator = separator;
        this.row = firstRow - 1;
        this.maxCellLength = maxCellLength;
        this.maxCells = maxCells;
    }

    /** The next record; null at the end of the text (a final line end makes no empty record). */
    public CsvRecord next() throws IOException {
        if (ended) {
            return null;
        }
        cells = new ArrayList<>();
        flaws = new ArrayList<>();
        tooManyCells = false;
        startField();
        for (int c = read(); ; c = read()) {
            if (c < 0) {
                return end();
            }
            if (inQuotes) {
                quotedChar((char) c);
            } else if (c == separator) {
                endField();
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                return record();
            } else {
                plainChar((char) c);
            }
        }
    }

    private CsvRecord end() {
        ended = true;
        if (inQuotes) {
            flaws.add(new CsvRecord.Flaw(CsvRecord.Kind.UNCLOSED_QUOTE, cells.size()));
        }
        return cells.isEmpty() && fieldLength == 0 && !quoted ? null : record();
    }

    private void quotedChar(char c) throws IOException {
        if (c != '"') {
            append(c);
        } else if (peek() == '"') {
            read();
            append('"');
        } else {
            inQuotes = false;
        }
    }

    private void plainChar(char c) {
        if (quoted && !textAfterQuote) {
            textAfterQuote = true;
            flaws.add(new CsvRecord.Flaw(CsvRecord.Kind.TEXT_AFTER_QUOTE, cells.size()));
        }
        if (c == '"' && fieldLength == 0 && !quoted) {
            inQuotes = true;
            quoted = true;
        } else {
            append(c);
        }
    }

    private void append(char c) {
        fieldLength++;
        if (fieldLength <= maxCellLength) {
            field.append(c);
        } else if (fieldLength == maxCellLength + 1) {
            flaws.add(new CsvRecord.Flaw(CsvRecord.Kind.TOO_LONG, cells.size()));
        }
    }

    private void endField() {
        if (cells.size() < maxCells) {
            cells.add(field.toString());
        } else if (!tooManyCells) {
            tooManyCells = true;
            flaws.add(new CsvRecord.Flaw(CsvRecord.Kind.TOO_MANY_CELLS, maxCells));
        }
        startField();
    }

    private void startField() {
        field.setLength(0);
        fieldLength = 0;
        quoted = false;
        inQuotes = false;
        textAfterQuote = false;
    }

    private CsvRecord record() {
        endField();
        row++;
        return new CsvRecord(row, cells, flaws);
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        while (read == 0) {
            read = in.read(buffer, 0, buffer.length);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
