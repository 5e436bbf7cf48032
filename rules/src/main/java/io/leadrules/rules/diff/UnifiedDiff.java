package io.leadrules.rules.diff;

import io.leadrules.rules.diff.LineDiff.Edit;
import io.leadrules.rules.diff.LineDiff.Op;
import java.util.List;

/** Prints an edit script in the unified format, with {@value #CONTEXT} lines of context around each change. */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private final List<String> base;
    private final List<String> other;
    private final List<Edit> edits;
    private final StringBuilder out = new StringBuilder();

    private UnifiedDiff(List<String> base, List<String> other) {
        this.base = base;
        this.other = other;
        this.edits = LineDiff.between(base, other);
    }

    static TextDiff of(String file, List<String> base, List<String> other) {
        UnifiedDiff diff = new UnifiedDiff(base, other);
        diff.out.append("--- base/").append(file).append('\n').append("+++ other/").append(file).append('\n');
        diff.hunks();
        return new TextDiff(file, diff.count(Op.INSERT), diff.count(Op.DELETE), diff.out.toString());
    }

    private int count(Op op) {
        return (int) edits.stream().filter(e -> e.op() == op).count();
    }

    /** Groups changes whose contexts would touch or overlap (at most two contexts of equal lines apart). */
    private void hunks() {
        int start = nextChange(0);
        while (start < edits.size()) {
            int end = start;
            int next = nextChange(end + 1);
            while (next < edits.size() && next - end - 1 <= 2 * CONTEXT) {
                end = next;
                next = nextChange(end + 1);
            }
            hunk(Math.max(0, start - CONTEXT), Math.min(edits.size(), end + 1 + CONTEXT));
            start = next;
        }
    }

    private int nextChange(int from) {
        int i = from;
        while (i < edits.size() && edits.get(i).op() == Op.EQUAL) {
            i++;
        }
        return i;
    }

    private void hunk(int from, int to) {
        List<Edit> lines = edits.subList(from, to);
        int baseCount = (int) lines.stream().filter(e -> e.op() != Op.INSERT).count();
        int otherCount = (int) lines.stream().filter(e -> e.op() != Op.DELETE).count();
        Edit first = lines.get(0);
        out.append("@@ -").append(range(first.base(), baseCount))
                .append(" +").append(range(first.other(), otherCount)).append(" @@\n");
        lines.forEach(this::line);
    }

    /** One-based start and count; an empty range starts at the line before it, as diff -u does. */
    private static String range(int position, int count) {
        return (count == 0 ? position : position + 1) + "," + count;
    }

    private void line(Edit edit) {
        String text = edit.op() == Op.INSERT ? other.get(edit.other()) : base.get(edit.base());
        out.append(switch (edit.op()) {
            case EQUAL -> ' ';
            case DELETE -> '-';
            case INSERT -> '+';
        }).append(text);
        if (!text.endsWith("\n")) {
            out.append('\n').append(NO_NEWLINE);
        }
    }
}
