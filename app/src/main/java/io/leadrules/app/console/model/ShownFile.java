package io.leadrules.app.console.model;

import io.leadrules.rules.engine.RuleFile;
import java.util.List;
import java.util.Map;

/**
 * One file of a version as a page shows it: a workbook as grids, any other file as numbered lines.
 *
 * @param id the file's anchor prefix in the page
 */
record ShownFile(String name, String id, RenderedWorkbook workbook, List<SourceLines.Line> lines) {

    static ShownFile of(RuleFile file, String id, GridMarks marks, Map<Integer, String> lineNotes) {
        return of(file, id, marks, lineNotes, 0, -1);
    }

    /** A workbook with only its sheets that hold a mark (all of them when none does), for a page about the marks. */
    static ShownFile marked(RuleFile file, String id, GridMarks marks, Map<Integer, String> lineNotes) {
        if (WorkbookGrids.isWorkbook(file.name())) {
            return new ShownFile(file.name(), id, WorkbookGrids.renderMarked(file.name(), file.content(), id, marks),
                    null);
        }
        return of(file, id, marks, lineNotes);
    }

    /** With lines {@code from..to} of a text file highlighted. */
    static ShownFile of(RuleFile file, String id, GridMarks marks, Map<Integer, String> lineNotes, int from, int to) {
        if (WorkbookGrids.isWorkbook(file.name())) {
            return new ShownFile(file.name(), id, WorkbookGrids.render(file.name(), file.content(), id, marks), null);
        }
        return new ShownFile(file.name(), id, null, SourceLines.of(file.content(), id, lineNotes, from, to));
    }

    /** The anchor of a sheet's cell in this file ("w0-s1-G15"), or of the sheet; null when it is not shown. */
    String anchor(String sheet, String cell) {
        if (workbook == null || sheet == null) {
            return null;
        }
        return workbook.sheets().stream().filter(grid -> grid.name().equals(sheet)).findFirst()
                .map(grid -> cell == null ? grid.id() : grid.id() + "-" + cell).orElse(null);
    }

    /** The anchor of a line of this text file, or null. */
    String lineAnchor(Integer line) {
        return lines == null || line == null ? null : id + "-l" + line;
    }
}
