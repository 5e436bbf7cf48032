package io.leadrules.rules.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * The raw text of line 1, up to its line end outside quotes (a quote opens and closes the same way whichever the
 * separator, so the line can be cut before the separator is known). Refused before any column is read when it is
 * empty, longer than any allowed header line, or not text: a NUL, a byte order mark inside it (two files joined),
 * or bytes that are not UTF-8.
 */
final class HeaderLine {

    private HeaderLine() {
    }

    /** Line 1 without its line end; {@code in} is left at the start of line 2. */
    static String read(Reader in, int maxLength) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean inQuotes = false;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (!inQuotes && (c == '\r' || c == '\n')) {
                skipLf(in, c);
                break;
            }
            inQuotes ^= c == '"';
            if (line.length() == maxLength) {
                throw refused(null, "line 1 is longer than " + maxLength + " characters: it must hold only the "
                        + "column headers");
            }
            line.append((char) c);
        }
        return checked(line.toString());
    }

    private static void skipLf(Reader in, int c) throws IOException {
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
    }

    private static String checked(String line) {
        if (line.isBlank()) {
            throw refused(null, "the file is empty: line 1 must hold the column headers, with at least createdAt "
                    + "and outcome");
        }
        for (int i = 0; i < line.length(); i++) {
            String why = TextChecks.notText(line.charAt(i));
            if (why != null) {
                throw refused(line, "line 1 " + why);
            }
        }
        return line;
    }

    private static DatasetFileException refused(String line, String message) {
        return new DatasetFileException(List.of(DatasetProblem.of(1, null, line, message)));
    }
}
