package io.leadrules.rules.dataset;

import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.csv.CsvRecordReader;
import io.leadrules.rules.csv.CsvSeparator;
import io.leadrules.rules.scenario.ScenarioColumn;
import io.leadrules.rules.scenario.ScenarioHeader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line 1 of a dataset: the separator it is written with and what each column means. Every header must be on the
 * allow-list (a dataset column its {@link DatasetPurpose} allows, a lead member, {@code activities}, or
 * {@code attributes.<name>}), none twice, and the purpose's required columns must be there; otherwise the file is refused with every header problem at
 * once, before any row is read.
 */
final class DatasetHeader {

    /** Dataset columns, lead columns and attributes: no allowed header line is longer. */
    static final int MAX_COLUMNS = DatasetColumn.values().length + ScenarioHeader.MAX_ATTRIBUTES
            + (int) Arrays.stream(ScenarioColumn.values()).filter(ScenarioColumn::describesLead).count();
    private static final int MAX_LINE = MAX_COLUMNS * 80;

    private final char separator;
    private final List<Column> columns;

    private DatasetHeader(char separator, List<Column> columns) {
        this.separator = separator;
        this.columns = columns;
    }

    /** What a header cell names: a dataset column, or a lead column or attribute as a scenario file names it. */
    record Column(DatasetColumn dataset, ScenarioHeader lead) {

        String text() {
            return dataset != null ? dataset.header() : lead.text();
        }
    }

    /** Reads line 1 from {@code in}, leaving it at the start of line 2. */
    static DatasetHeader read(Reader in, DatasetPurpose purpose) throws IOException {
        String line = HeaderLine.read(in, MAX_LINE);
        char separator = separator(line);
        CsvRecord record = new CsvRecordReader(new StringReader(line), separator, 1, MAX_LINE, MAX_COLUMNS).next();
        List<DatasetProblem> problems = new ArrayList<>();
        List<Column> columns = HeaderColumns.resolve(record, purpose, problems);
        if (!problems.isEmpty()) {
            throw new DatasetFileException(problems);
        }
        return new DatasetHeader(separator, columns);
    }

    private static char separator(String line) {
        try {
            return CsvSeparator.detect(candidate -> split(line, candidate), HeaderColumns::isKnown);
        } catch (IllegalArgumentException e) {
            throw new DatasetFileException(List.of(DatasetProblem.of(1, null, null, e.getMessage())));
        }
    }

    /** Line 1 split at the separator; null when a quote is left open (a flaw at a closing quote is reported later). */
    private static List<String> split(String line, char separator) {
        try {
            CsvRecord record = new CsvRecordReader(new StringReader(line), separator, 1, MAX_LINE, MAX_COLUMNS).next();
            boolean open = record.flaws().stream().anyMatch(flaw -> flaw.kind() == CsvRecord.Kind.UNCLOSED_QUOTE);
            return open ? null : record.cells();
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
    }

    char separator() {
        return separator;
    }

    int size() {
        return columns.size();
    }

    /** The column at the index; null for a blank header (whose cells must then be blank). */
    Column column(int index) {
        return index < columns.size() ? columns.get(index) : null;
    }
}
