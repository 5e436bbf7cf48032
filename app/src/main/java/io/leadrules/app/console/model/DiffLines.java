package io.leadrules.app.console.model;

import java.util.Arrays;
import java.util.List;

/** A unified diff (DRL, scenario CSV) as lines with the stylesheet's classes: added, removed, hunk, context. */
final class DiffLines {

    private DiffLines() {
    }

    record Line(String text, String css) {
    }

    static List<Line> of(String unifiedDiff) {
        return Arrays.stream(unifiedDiff.split("\r\n|\r|\n")).map(DiffLines::line).toList();
    }

    private static Line line(String text) {
        if (text.startsWith("+++") || text.startsWith("---") || text.startsWith("@@")) {
            return new Line(text, "diff-hunk");
        }
        if (text.startsWith("+")) {
            return new Line(text, "diff-added");
        }
        return new Line(text, text.startsWith("-") ? "diff-removed" : null);
    }
}
