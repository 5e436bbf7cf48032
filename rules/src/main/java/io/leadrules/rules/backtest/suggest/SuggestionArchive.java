package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The download of a suggestion: the files to upload, the table of values and the diff in words. */
final class SuggestionArchive {

    static final String TABLE = "suggested-points.csv";
    static final String CHANGES = "changes.txt";
    private static final String HEADER = "rule_id,file,sheet,cell,current,suggested,coefficient,leads,note\r\n";

    private SuggestionArchive() {
    }

    static byte[] zip(Suggestion suggestion) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RuleFile file : suggestion.files()) {
                entry(zip, file.name(), file.content());
            }
            entry(zip, TABLE, table(suggestion).getBytes(StandardCharsets.UTF_8));
            entry(zip, CHANGES, suggestion.diff().summary().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(WorkbookCells.FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    static String table(Suggestion suggestion) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (SuggestedValue v : suggestion.values()) {
            csv.append(line(v.ruleId(), v.file(), v.sheet(), v.cell(), v.current(), v.suggested(),
                    String.format(Locale.ROOT, "%.4f", v.coefficient()), String.valueOf(v.leads()),
                    v.changes() ? "changed" : "the data agrees with the current value"));
        }
        for (UnchangedRow u : suggestion.unchanged()) {
            csv.append(line(u.ruleId(), u.file(), u.sheet(), u.cell(), u.current(), u.current(), "", "", u.reason()));
        }
        return csv.toString();
    }

    /** One CSV line; every field quoted, so a comma or a quote in a Rule ID or a reason stays data. */
    private static String line(String... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i] == null ? "" : fields[i];
            line.append(i == 0 ? "" : ",").append('"').append(field.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
