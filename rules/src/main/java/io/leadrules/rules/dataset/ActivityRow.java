package io.leadrules.rules.dataset;

import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.vocabulary.Activity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of an activities file, read: the lead it belongs to (null when its {@code lead} cell cannot be read) and
 * the activity, or the first problem of the row. Cells are checked as the notation checks an event: the type on the
 * notation's allow-list of forms (capitals, digits and underscores), the value a plain number of 0 or more, the
 * instant ISO and within the years 1 to 9999; every cell is text (no NUL, no inner byte order mark, UTF-8) of at most
 * the limit's cell length. A formula-looking cell is text like any other.
 */
record ActivityRow(int line, String lead, Activity activity, DatasetProblem problem) {

    /** The notation's type form ({@code ActivityNotation}), so both ways of writing activities take the same types. */
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");
    /** The notation's value form. */
    private static final Pattern VALUE = Pattern.compile("\\d{1,15}(\\.\\d{1,10})?");

    static ActivityRow read(CsvRecord record, ActivityHeader header, int maxCellLength) {
        String lead = leadOf(record, header, maxCellLength);
        try {
            return new ActivityRow(record.row(), lead, activity(record, header, maxCellLength), null);
        } catch (RejectedRow rejected) {
            return new ActivityRow(record.row(), lead, null, rejected.problem());
        }
    }

    private static String leadOf(CsvRecord record, ActivityHeader header, int maxCellLength) {
        int index = header.indexOf(ActivityHeader.LEAD);
        boolean flawed = record.flaws().stream().anyMatch(flaw -> flaw.column() == index);
        String text = record.cell(index).trim();
        return flawed || text.isEmpty() || text.length() > maxCellLength || TextChecks.notText(text) != null ? null
                : text;
    }

    private static Activity activity(CsvRecord record, ActivityHeader header, int maxCellLength) {
        record.flaws().stream().findFirst().ifPresent(flaw -> {
            throw rejected(record, name(header, flaw.column()), record.cell(flaw.column()), why(flaw, maxCellLength));
        });
        Map<String, String> cells = new HashMap<>();
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < record.cells().size(); i++) {
            String text = checked(record, header, i, maxCellLength);
            String column = header.column(i);
            if (!text.isEmpty() && ActivityHeader.isProperty(column)) {
                properties.put(ActivityHeader.propertyName(column), text);
            } else if (!text.isEmpty()) {
                cells.put(column, text);
            }
        }
        String id = cells.getOrDefault(ActivityHeader.ID, "a" + record.row());
        return new Activity(id, type(record, cells), instant(record, cells), null, value(record, cells), properties);
    }

    private static String why(CsvRecord.Flaw flaw, int maxCellLength) {
        return switch (flaw.kind()) {
            case TOO_LONG -> "the cell is longer than " + maxCellLength + " characters";
            case TEXT_AFTER_QUOTE -> "text after the closing quote of a cell: write a \" inside a quoted cell as \"\"";
            case UNCLOSED_QUOTE -> "a quoted cell is never closed (a \" is missing), so it ran to the end of the file";
            case TOO_MANY_CELLS -> "the line has more cells than line 1 has columns";
        };
    }

    private static String checked(CsvRecord record, ActivityHeader header, int index, int maxCellLength) {
        String text = record.cell(index).trim();
        String column = header.column(index);
        if (!text.isEmpty() && column == null) {
            throw rejected(record, CsvRecord.columnLetter(index), text, "this cell has no header in line 1");
        }
        String why = TextChecks.notText(text);
        if (why != null) {
            throw rejected(record, column, text, "the cell " + why);
        }
        return text;
    }

    private static String type(CsvRecord record, Map<String, String> cells) {
        String lead = cells.get(ActivityHeader.LEAD);
        if (lead == null) {
            throw rejected(record, ActivityHeader.LEAD, "", "every activity needs the id of its lead (the leads "
                    + "file's id cell, or its line number when it has no id column)");
        }
        String type = cells.getOrDefault(ActivityHeader.TYPE, "");
        if (!TYPE.matcher(type).matches()) {
            throw rejected(record, ActivityHeader.TYPE, type, "not an activity type: types are capitals, digits "
                    + "and underscores, like DEMO_REQUESTED, at most 100 characters");
        }
        return type;
    }

    private static Instant instant(CsvRecord record, Map<String, String> cells) {
        String text = cells.getOrDefault(ActivityHeader.OCCURRED_AT, "");
        try {
            Instant instant = Instant.parse(text);
            if (!instant.isBefore(RowReading.EARLIEST) && !instant.isAfter(RowReading.LATEST)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw rejected(record, ActivityHeader.OCCURRED_AT, text, "not an instant of the years 1 to 9999 like "
                + "2026-01-15T12:00:00Z (UTC) or 2026-01-15T13:00:00+01:00");
    }

    private static BigDecimal value(CsvRecord record, Map<String, String> cells) {
        String text = cells.get(ActivityHeader.VALUE);
        if (text != null && !VALUE.matcher(text).matches()) {
            throw rejected(record, ActivityHeader.VALUE, text, "not a value: write a number of 0 or more, with '.' "
                    + "for decimals and no separators, like 320 or 49.90");
        }
        return text == null ? null : new BigDecimal(text);
    }

    private static String name(ActivityHeader header, int index) {
        String column = header.column(index);
        return column == null ? CsvRecord.columnLetter(index) : column;
    }

    private static RejectedRow rejected(CsvRecord record, String column, String value, String message) {
        return new RejectedRow(DatasetProblem.of(record.row(), column, value, message));
    }
}
