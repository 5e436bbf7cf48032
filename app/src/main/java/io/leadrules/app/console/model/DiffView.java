package io.leadrules.app.console.model;

import io.leadrules.app.ruleset.RuleVersions;
import io.leadrules.rules.diff.CellChange;
import io.leadrules.rules.diff.ColumnChange;
import io.leadrules.rules.diff.RowChange;
import io.leadrules.rules.diff.RowEntry;
import io.leadrules.rules.diff.TableDiff;
import io.leadrules.rules.diff.TextDiff;
import io.leadrules.rules.diff.WorkbookDiff;
import io.leadrules.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's diff of two versions drawn for a page: each changed workbook as the newer version's changed sheets with changed
 * cells ({@code td.changed}, the old value as the note) and added rows ({@code tr.added}) marked, the removed rows
 * beside it ({@code tr.removed}); column changes and added or removed tables as sentences; each changed text file as
 * a line diff. Shared by the diff page and the approval page.
 */
record DiffView(RuleVersions.Diff diff, List<Workbook> workbooks, List<Text> texts) {

    /** A changed workbook: its grids in the newer version, its removed rows and its other changes. */
    record Workbook(String file, RenderedWorkbook grids, List<Removed> removedRows, List<String> sentences) {
    }

    /** A removed row of a table: its sheet, row number in the older version, and values by header. */
    record Removed(String sheet, String table, RowEntry row) {
    }

    record Text(TextDiff diff, List<DiffLines.Line> lines) {
    }

    static DiffView of(RuleVersions.Diff diff, List<RuleFile> newer) {
        List<Workbook> workbooks = new ArrayList<>();
        for (WorkbookDiff changed : diff.changes().workbooks()) {
            RuleFile file = newer.stream().filter(f -> f.name().equals(changed.file())).findFirst().orElse(null);
            if (file != null) {
                workbooks.add(workbook(changed, file, "d" + workbooks.size()));
            }
        }
        List<Text> texts = diff.changes().texts().stream()
                .map(text -> new Text(text, DiffLines.of(text.unifiedDiff()))).toList();
        return new DiffView(diff, workbooks, texts);
    }

    private static Workbook workbook(WorkbookDiff changed, RuleFile file, String id) {
        GridMarks marks = new GridMarks();
        List<Removed> removed = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        changed.addedTables().forEach(table -> sentences.add("+ " + table.describe()));
        changed.removedTables().forEach(table -> sentences.add("- " + table.describe()));
        for (TableDiff table : changed.changedTables()) {
            mark(table, marks);
            table.removedRows().forEach(row -> removed.add(new Removed(table.sheet(), table.table(), row)));
            table.columnChanges().stream().map(ColumnChange::describe)
                    .forEach(sentence -> sentences.add(table.sheet() + ": " + sentence));
        }
        RenderedWorkbook grids = WorkbookGrids.renderMarked(file.name(), file.content(), id, marks);
        return new Workbook(changed.file(), grids, removed, sentences);
    }

    private static void mark(TableDiff table, GridMarks marks) {
        for (RowChange row : table.changedRows()) {
            for (CellChange cell : row.cells()) {
                if (cell.newCell() != null) {
                    marks.cell(table.sheet(), cell.newCell(), "changed", cell.oldValue() == null ? "" : cell.oldValue());
                }
            }
        }
        table.addedRows().forEach(row -> marks.row(table.sheet(), row.row(), "added", null));
    }
}
