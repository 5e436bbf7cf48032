package io.leadrules.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a unified diff the way patch(1) does, strictly: context and removed lines must match the base, and each
 * hunk must hold as many lines as its header says. Only for tests: it proves a diff says what changed.
 */
final class UnifiedPatch {

    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private final List<String> base;
    private final List<String> result = new ArrayList<>();
    private int next;

    private UnifiedPatch(List<String> base) {
        this.base = base;
    }

    static List<String> apply(List<String> base, String diff) {
        UnifiedPatch patch = new UnifiedPatch(base);
        List<String> lines = diff.lines().toList();
        int i = 2;
        while (i < lines.size()) {
            i = patch.hunk(lines, i);
        }
        patch.copyUntil(base.size());
        return patch.result;
    }

    /** Applies the hunk whose header is at {@code at}; returns the index of the line after it. */
    private int hunk(List<String> lines, int at) {
        Matcher header = HUNK.matcher(lines.get(at));
        assertThat(header.matches()).as("hunk header %s", lines.get(at)).isTrue();
        int baseCount = Integer.parseInt(header.group(2));
        int otherCount = Integer.parseInt(header.group(4));
        copyUntil(baseCount == 0 ? Integer.parseInt(header.group(1)) : Integer.parseInt(header.group(1)) - 1);
        assertThat(result.size()).isEqualTo(otherCount == 0 ? Integer.parseInt(header.group(3))
                : Integer.parseInt(header.group(3)) - 1);
        int i = at + 1;
        for (int seenBase = 0, seenOther = 0; seenBase < baseCount || seenOther < otherCount; i++) {
            boolean noNewline = i + 1 < lines.size() && lines.get(i + 1).equals(NO_NEWLINE);
            char op = lines.get(i).charAt(0);
            line(op, lines.get(i).substring(1) + (noNewline ? "" : "\n"));
            seenBase += op == '+' ? 0 : 1;
            seenOther += op == '-' ? 0 : 1;
            i += noNewline ? 1 : 0;
        }
        return i;
    }

    private void line(char op, String text) {
        if (op == '+') {
            result.add(text);
            return;
        }
        assertThat(base.get(next)).isEqualTo(text);
        next++;
        if (op == ' ') {
            result.add(text);
        }
    }

    private void copyUntil(int baseIndex) {
        while (next < baseIndex) {
            result.add(base.get(next++));
        }
    }
}
