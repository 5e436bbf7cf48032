package io.leadrules.rules.dataset;

import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.csv.CsvRecordReader;
import io.leadrules.rules.csv.CsvSeparator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Line 1 of an activities file: {@code lead}, {@code type}, {@code occurredAt} (all three required), {@code value},
 * {@code id} and up to {@value #MAX_PROPERTIES} {@code properties.<name>} columns, matched as a dataset's headers are
 * (ignoring case, spaces, underscores and hyphens; a property's name as written). Any other header, a repeated one or
 * a missing required one refuses the file with every problem at once, before any row is read.
 */
final class ActivityHeader {

    static final String LEAD = "lead";
    static final String TYPE = "type";
    static final String OCCURRED_AT = "occurredAt";
    static final String VALUE = "value";
    static final String ID = "id";
    static final int MAX_PROPERTIES = 20;
    private static final List<String> NAMED = List.of(LEAD, TYPE, OCCURRED_AT, VALUE, ID);
    private static final String PROPERTY_PREFIX = "properties.";
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final int MAX_LINE = (NAMED.size() + MAX_PROPERTIES) * 80;

    private final char separator;
    /** The header of each column as this class spells it ("properties.page" for a property); null when blank. */
    private final List<String> columns;

    private ActivityHeader(char separator, List<String> columns) {
        this.separator = separator;
        this.columns = columns;
    }

    /** Reads line 1 from {@code in}, leaving it at the start of line 2. */
    static ActivityHeader read(Reader in) throws IOException {
        String line = HeaderLine.read(in, MAX_LINE);
        char separator = separator(line);
        CsvRecord record = split(line, separator);
        List<DatasetProblem> problems = new ArrayList<>();
        List<String> columns = resolve(record, problems);
        if (!problems.isEmpty()) {
            throw new DatasetFileException(problems);
        }
        return new ActivityHeader(separator, columns);
    }

    char separator() {
        return separator;
    }

    int size() {
        return columns.size();
    }

    /** The column's header; null for a blank header or beyond line 1. */
    String column(int index) {
        return index < columns.size() ? columns.get(index) : null;
    }

    /** The index of a named column; -1 when the file does not have it. */
    int indexOf(String header) {
        return columns.indexOf(header);
    }

    private static List<String> resolve(CsvRecord line1, List<DatasetProblem> problems) {
        if (!line1.flaws().isEmpty()) {
            problems.add(DatasetProblem.of(1, null, null, "line 1 must hold at most " + (NAMED.size() + MAX_PROPERTIES)
                    + " column headers, each ending at its closing quote"));
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < line1.cells().size(); i++) {
            String column = known(line1.cell(i).trim());
            String letter = CsvRecord.columnLetter(i);
            if (column == null && !line1.cell(i).isBlank()) {
                problems.add(DatasetProblem.of(1, letter, line1.cell(i), "not a column of an activities file: write "
                        + "lead, type, occurredAt, value, id or properties.<name>"));
            }
            Integer first = column == null ? null : seen.putIfAbsent(column, i);
            if (first != null) {
                problems.add(DatasetProblem.of(1, letter, line1.cell(i), "the column '" + column
                        + "' is already in column " + CsvRecord.columnLetter(first)));
            }
            columns.add(column);
        }
        List.of(LEAD, TYPE, OCCURRED_AT).stream().filter(required -> !seen.containsKey(required)).forEach(missing ->
                problems.add(DatasetProblem.of(1, null, null, "an activities file needs the column " + missing)));
        if (columns.stream().filter(c -> c != null && c.startsWith(PROPERTY_PREFIX)).count() > MAX_PROPERTIES) {
            problems.add(DatasetProblem.of(1, null, null, "at most " + MAX_PROPERTIES + " properties.<name> columns"));
        }
        return columns;
    }

    /** The header as this class spells it; null when it is not one. */
    private static String known(String text) {
        if (text.regionMatches(true, 0, PROPERTY_PREFIX, 0, PROPERTY_PREFIX.length())) {
            String name = text.substring(PROPERTY_PREFIX.length());
            return PROPERTY_NAME.matcher(name).matches() ? PROPERTY_PREFIX + name : null;
        }
        String plain = text.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        return NAMED.stream().filter(named -> named.toLowerCase(Locale.ROOT).equals(plain)).findFirst().orElse(null);
    }

    static boolean isProperty(String column) {
        return column != null && column.startsWith(PROPERTY_PREFIX);
    }

    static String propertyName(String column) {
        return column.substring(PROPERTY_PREFIX.length());
    }

    private static char separator(String line) {
        try {
            return CsvSeparator.detect(candidate -> {
                CsvRecord record = split(line, candidate);
                return record.flaws().isEmpty() ? record.cells() : null;
            }, text -> known(text.trim()) != null);
        } catch (IllegalArgumentException e) {
            throw new DatasetFileException(List.of(DatasetProblem.of(1, null, null, e.getMessage())));
        }
    }

    private static CsvRecord split(String line, char separator) {
        try {
            return new CsvRecordReader(new StringReader(line), separator, 1, MAX_LINE, NAMED.size() + MAX_PROPERTIES)
                    .next();
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
    }
}
