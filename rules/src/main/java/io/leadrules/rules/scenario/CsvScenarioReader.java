package io.leadrules.rules.scenario;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV scenario file as RFC 4180 describes it, in the dialects spreadsheet apps write: cells separated by
 * {@code ,} or {@code ;} (found from the header line by {@link CsvSeparator}), fields in double quotes may hold the
 * separator, line breaks and doubled quotes ({@code ""}); UTF-8 with or without a byte order mark; CRLF or LF line
 * ends.
 */
final class CsvScenarioReader {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvScenarioReader() {
    }

    static ScenarioTable read(String file, byte[] content) {
        return parse(file, content).table();
    }

    /** The file's cells and the dialect it is written in. */
    static Parsed parse(String file, byte[] content) {
        String text = decode(file, content);
        if (text.isBlank()) {
            throw new ScenarioFileException(file, "the file is empty: row 1 must hold the column headers, "
                    + "with at least 'name'");
        }
        char separator = CsvSeparator.detect(file, candidate -> header(file, text, candidate));
        List<List<String>> records = new CsvRecords(file, text, separator, false).parse();
        List<ScenarioTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new ScenarioTable.Row(i + 1, records.get(i)));
        }
        return new Parsed(new ScenarioTable(file, records.get(0), rows),
                CsvDialect.of(separator, startsWithBom(content), text));
    }

    /** Line 1 split at {@code separator}; null when it cannot be split so (a quote left open, text after one). */
    private static List<String> header(String file, String text, char separator) {
        try {
            return new CsvRecords(file, text, separator, true).parse().get(0);
        } catch (ScenarioFileException e) {
            return null;
        }
    }

    /** A CSV file read: its cells, and how it was written. */
    record Parsed(ScenarioTable table, CsvDialect dialect) {
    }

    private static String decode(String file, byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            throw new ScenarioFileException(file, "this is an XLSX workbook, not CSV text: name it .scenarios.xlsx");
        }
        int start = startsWithBom(content) ? BOM.length : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new ScenarioFileException(file, "this is a binary file, not CSV text");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(file, "the file is not UTF-8 text: save it as \"CSV UTF-8\"", e);
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    /** One pass over the text: a small state machine over quoted and unquoted fields. */
    private static final class CsvRecords {

        private final String file;
        private final String text;
        private final char separator;
        private final boolean firstOnly;
        private final List<List<String>> records = new ArrayList<>();
        private List<String> record = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean quoted;
        private boolean inQuotes;

        CsvRecords(String file, String text, char separator, boolean firstOnly) {
            this.file = file;
            this.text = text;
            this.separator = separator;
            this.firstOnly = firstOnly;
        }

        List<List<String>> parse() {
            for (int i = 0; i < text.length() && !(firstOnly && records.size() == 1); i++) {
                char c = text.charAt(i);
                if (inQuotes) {
                    i = quotedChar(c, i);
                } else if (c == separator) {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    i = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 1 : i;
                    endRecord();
                } else {
                    plainChar(c);
                }
            }
            if (inQuotes && !(firstOnly && records.size() == 1)) {
                throw new ScenarioFileException(file, "row " + (records.size() + 1)
                        + ": a quoted field is never closed (a \" is missing)");
            }
            if (records.isEmpty() || quoted || field.length() > 0 || !record.isEmpty()) {
                endRecord();
            }
            return records;
        }

        private int quotedChar(char c, int i) {
            if (c != '"') {
                field.append(c);
                return i;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                return i + 1;
            }
            inQuotes = false;
            return i;
        }

        private void plainChar(char c) {
            if (quoted) {
                throw new ScenarioFileException(file, "row " + (records.size() + 1) + ", column "
                        + ScenarioTable.columnLetter(record.size()) + ": text after the closing quote of a field");
            }
            if (c == '"' && field.length() == 0) {
                inQuotes = true;
                quoted = true;
            } else {
                field.append(c);
            }
        }

        private void endField() {
            record.add(field.toString());
            field.setLength(0);
            quoted = false;
        }

        private void endRecord() {
            endField();
            records.add(record);
            record = new ArrayList<>();
        }
    }
}
