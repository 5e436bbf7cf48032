package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.csv.CsvRecordReader;
import io.leadrules.rules.csv.CsvSeparator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV scenario file as RFC 4180 describes it, in the dialects spreadsheet apps write: cells separated by
 * {@code ,} or {@code ;} (found from the header line by {@link CsvSeparator}) and read by {@link CsvRecordReader}:
 * fields in double quotes may hold the separator, line breaks and doubled quotes ({@code ""}); UTF-8 with or
 * without a byte order mark; CRLF or LF line ends.
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
            throw new ScenarioFileException(file, CompileMessage.of("scenario.empty"));
        }
        char separator = separator(file, text);
        List<List<String>> records = records(file, text, separator);
        List<ScenarioTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new ScenarioTable.Row(i + 1, records.get(i)));
        }
        return new Parsed(new ScenarioTable(file, records.get(0), rows),
                CsvDialect.of(separator, startsWithBom(content), text));
    }

    private static char separator(String file, String text) {
        try {
            return CsvSeparator.detect(candidate -> header(text, candidate), ScenarioHeader::isKnown);
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(file, e.getMessage());
        }
    }

    /** Line 1 split at {@code separator}; null when it cannot be split so (a quote left open, text after one). */
    private static List<String> header(String text, char separator) {
        try {
            CsvRecord line1 = new CsvRecordReader(new StringReader(text), separator, 1, Integer.MAX_VALUE,
                    Integer.MAX_VALUE).next();
            boolean quoteFlaw = line1.flaws().stream().anyMatch(flaw -> flaw.kind() != CsvRecord.Kind.TOO_LONG);
            return quoteFlaw ? null : line1.cells();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
    }

    /** A CSV file read: its cells, and how it was written. */
    record Parsed(ScenarioTable table, CsvDialect dialect) {
    }

    private static String decode(String file, byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            throw new ScenarioFileException(file, CompileMessage.of("scenario.xlsxNamedCsv"));
        }
        int start = startsWithBom(content) ? BOM.length : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new ScenarioFileException(file, CompileMessage.of("scenario.binary"));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(file, CompileMessage.of("scenario.notUtf8"), e);
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    /** Every record of the text, with the file's problem for the first quote that is never closed or closed early. */
    private static List<List<String>> records(String file, String text, char separator) {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text), separator, 1, Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        List<List<String>> records = new ArrayList<>();
        try {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                refuseQuoteFlaws(file, record);
                records.add(record.cells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
        return records;
    }

    private static void refuseQuoteFlaws(String file, CsvRecord record) {
        for (CsvRecord.Flaw flaw : record.flaws()) {
            if (flaw.kind() == CsvRecord.Kind.UNCLOSED_QUOTE) {
                throw new ScenarioFileException(file, CompileMessage.of("scenario.unclosedQuote", record.row()));
            }
            if (flaw.kind() == CsvRecord.Kind.TEXT_AFTER_QUOTE) {
                throw new ScenarioFileException(file, CompileMessage.of("scenario.textAfterQuote", record.row(),
                        CsvRecord.columnLetter(flaw.column())));
            }
        }
    }
}
