package io.leadrules.rules.scenario;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a scenario table back as CSV in the dialect it was read in, with some cells changed. A field is quoted when
 * it holds the separator, a quote or a line break (so a {@code ;}-separated activities cell is quoted in a {@code ;}
 * file, as Excel does); other fields are written bare.
 */
final class CsvScenarioWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvScenarioWriter() {
    }

    static byte[] write(CsvDialect dialect, ScenarioTable table, List<ScenarioRebaseline.CellChange> changes) {
        StringBuilder text = new StringBuilder();
        line(text, dialect, table.headers());
        for (ScenarioTable.Row row : table.rows()) {
            text.append(dialect.lineEnd());
            line(text, dialect, changed(row, changes));
        }
        if (dialect.endsWithLineEnd()) {
            text.append(dialect.lineEnd());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (dialect.bom()) {
            out.writeBytes(BOM);
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<String> changed(ScenarioTable.Row row, List<ScenarioRebaseline.CellChange> changes) {
        List<String> cells = new ArrayList<>(row.cells());
        for (ScenarioRebaseline.CellChange change : changes) {
            if (change.row() == row.number()) {
                while (cells.size() <= change.columnIndex()) {
                    cells.add("");
                }
                cells.set(change.columnIndex(), change.after());
            }
        }
        return cells;
    }

    private static void line(StringBuilder text, CsvDialect dialect, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(dialect.separator());
            }
            text.append(field(fields.get(i), dialect.separator()));
        }
    }

    private static String field(String value, char separator) {
        boolean quote = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
