package io.leadrules.app.scoring.batch;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of an NDJSON body, read through a fixed buffer. A line longer than the cap is not kept: its characters
 * are skipped up to the next line break and the line comes back marked too long, so a 50 MB line costs no memory.
 * A {@code \r} before the line break is dropped.
 */
final class NdjsonLines {

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[65_536];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int number;

    NdjsonLines(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** A line of the body (numbered from 1, blank ones too); text null when it was too long. */
    record Line(int number, String text) {

        boolean tooLong() {
            return text == null;
        }
    }

    /** The next line, or null at the end of the body. */
    Line next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? done(tooLong) : null;
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            if (!tooLong && line.length() + (end - position) <= maxLength + 1) {
                line.append(buffer, position, end - position);
            } else {
                tooLong = true;
                line.setLength(0);
            }
            boolean broke = end < limit;
            position = broke ? end + 1 : end;
            if (broke) {
                return done(tooLong);
            }
        }
    }

    private Line done(boolean tooLong) {
        number++;
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        return new Line(number, tooLong || line.length() > maxLength ? null : line.toString());
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
