package io.leadrules.rules.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The diff in a few lines for a person: "ProfileFit.drl.xlsx, sheet Role: 1 row added (FIT-ROLE-X), 1 changed
 * (FIT-ROLE-SENIOR: Match (0-100) 80 -> 85)". Lists at most {@value #LISTED} rows per kind and shortens long values.
 */
final class DiffSummary {

    private static final int LISTED = 3;
    private static final int LONGEST_VALUE = 40;

    private DiffSummary() {
    }

    static String of(RuleSetDiff diff) {
        if (!diff.hasChanges()) {
            return "No changes.";
        }
        List<String> lines = new ArrayList<>();
        if (!diff.addedFiles().isEmpty()) {
            lines.add("Added: " + String.join(", ", diff.addedFiles()));
        }
        if (!diff.removedFiles().isEmpty()) {
            lines.add("Removed: " + String.join(", ", diff.removedFiles()));
        }
        diff.workbooks().forEach(workbook -> lines.addAll(workbook(workbook)));
        diff.texts().forEach(text -> lines.add(text.file() + ": " + count(text.linesAdded(), "line", "added")
                + ", " + text.linesRemoved() + " removed"));
        diff.notes().forEach(note -> lines.add(note.describe()));
        return String.join("\n", lines);
    }

    private static List<String> workbook(WorkbookDiff workbook) {
        List<String> lines = new ArrayList<>();
        if (!workbook.hasTableChanges()) {
            lines.add(workbook.file() + ": changed, but not in the columns or rows of its decision tables");
        }
        workbook.addedTables().forEach(t -> lines.add(workbook.file() + ", " + t.describe() + ": table added"));
        workbook.removedTables().forEach(t -> lines.add(workbook.file() + ", " + t.describe() + ": table removed"));
        workbook.changedTables().forEach(t -> lines.add(workbook.file() + ", "
                + new TableName(t.sheet(), t.table()).describe() + ": " + table(t)));
        return lines;
    }

    private static String table(TableDiff table) {
        List<String> parts = new ArrayList<>();
        String rows = rows(table);
        if (!rows.isEmpty()) {
            parts.add(rows);
        }
        table.columnChanges().forEach(change -> parts.add(change.describe()));
        table.duplicateRuleIds().forEach(duplicate -> parts.add(duplicate.describe()));
        return String.join("; ", parts);
    }

    /** "1 row added (X), 1 changed (Y: Match 80 -> 85)": the noun goes with the first count only. */
    private static String rows(TableDiff table) {
        List<String> clauses = new ArrayList<>();
        clause(clauses, table.addedRows(), "added", RowEntry::label);
        clause(clauses, table.changedRows(), "changed", DiffSummary::changedRow);
        clause(clauses, table.removedRows(), "removed", RowEntry::label);
        return String.join(", ", clauses);
    }

    private static <T> void clause(List<String> clauses, List<T> rows, String verb, Function<T, String> label) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> listed = new ArrayList<>(rows.stream().limit(LISTED).map(label).toList());
        if (rows.size() > LISTED) {
            listed.add("and " + (rows.size() - LISTED) + " more");
        }
        String count = clauses.isEmpty() ? count(rows.size(), "row", verb) : rows.size() + " " + verb;
        clauses.add(count + " (" + String.join("; ", listed) + ")");
    }

    private static String changedRow(RowChange row) {
        return row.ruleId() + ": " + String.join(", ", row.cells().stream()
                .map(cell -> cell.header() + " " + value(cell.oldValue()) + " -> " + value(cell.newValue()))
                .toList());
    }

    private static String value(String value) {
        if (value == null) {
            return "(empty)";
        }
        String shown = value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE - 3) + "..." : value;
        return shown.chars().anyMatch(Character::isWhitespace) ? "'" + shown + "'" : shown;
    }

    private static String count(int count, String noun, String verb) {
        return count + " " + noun + (count == 1 ? "" : "s") + " " + verb;
    }
}
