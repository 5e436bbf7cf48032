package io.leadrules.rules.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A longest-common-subsequence line diff (Hirschberg): O(n*m) time and O(n+m) memory, after the common head and
 * tail are set aside at each step, so a small edit of a long file costs little. Callers refuse files longer than
 * {@link #MAX_LINES}, which bounds the worst case (two unrelated files of 20,000 lines) to about a second.
 */
final class LineDiff {

    static final int MAX_LINES = 20_000;

    /** One step of the edit script; {@code base} and {@code other} are the zero-based line positions on each side. */
    record Edit(Op op, int base, int other) {
    }

    enum Op { EQUAL, DELETE, INSERT }

    private final int[] a;
    private final int[] b;
    private final List<int[]> matches = new ArrayList<>();

    private LineDiff(int[] a, int[] b) {
        this.a = a;
        this.b = b;
    }

    /** The edit script from base to other: deletions come before the insertions that replace them. */
    static List<Edit> between(List<String> base, List<String> other) {
        Map<String, Integer> ids = new HashMap<>();
        LineDiff diff = new LineDiff(ids(base, ids), ids(other, ids));
        diff.match(0, base.size(), 0, other.size());
        return diff.script();
    }

    private static int[] ids(List<String> lines, Map<String, Integer> ids) {
        return lines.stream().mapToInt(line -> ids.computeIfAbsent(line, l -> ids.size())).toArray();
    }

    /** Appends, in order, the matched pairs of a longest common subsequence of a[aLo, aHi) and b[bLo, bHi). */
    private void match(int aLo, int aHi, int bLo, int bHi) {
        while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
            matches.add(new int[] {aLo++, bLo++});
        }
        int tail = 0;
        while (aHi - tail > aLo && bHi - tail > bLo && a[aHi - tail - 1] == b[bHi - tail - 1]) {
            tail++;
        }
        if (aHi - tail - aLo == 1) {
            matchOne(aLo, bLo, bHi - tail);
        } else if (aHi - tail > aLo && bHi - tail > bLo) {
            split(aLo, aHi - tail, bLo, bHi - tail);
        }
        for (int k = tail; k > 0; k--) {
            matches.add(new int[] {aHi - k, bHi - k});
        }
    }

    private void matchOne(int i, int bLo, int bHi) {
        for (int j = bLo; j < bHi; j++) {
            if (a[i] == b[j]) {
                matches.add(new int[] {i, j});
                return;
            }
        }
    }

    /** Hirschberg's step: the split of b where the halves of a meet on a longest common subsequence. */
    private void split(int aLo, int aHi, int bLo, int bHi) {
        int mid = (aLo + aHi) >>> 1;
        int[] head = headLengths(aLo, mid, bLo, bHi);
        int[] tail = tailLengths(mid, aHi, bLo, bHi);
        int best = 0;
        for (int k = 1; k < head.length; k++) {
            if (head[k] + tail[k] > head[best] + tail[best]) {
                best = k;
            }
        }
        match(aLo, mid, bLo, bLo + best);
        match(mid, aHi, bLo + best, bHi);
    }

    /** lengths[k] = LCS length of a[aLo, aHi) and b[bLo, bLo + k). */
    private int[] headLengths(int aLo, int aHi, int bLo, int bHi) {
        int n = bHi - bLo;
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int i = aLo; i < aHi; i++) {
            for (int k = 1; k <= n; k++) {
                current[k] = a[i] == b[bLo + k - 1] ? previous[k - 1] + 1 : Math.max(previous[k], current[k - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous;
    }

    /** lengths[k] = LCS length of a[aLo, aHi) and b[bLo + k, bHi). */
    private int[] tailLengths(int aLo, int aHi, int bLo, int bHi) {
        int n = bHi - bLo;
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int i = aHi - 1; i >= aLo; i--) {
            for (int k = n - 1; k >= 0; k--) {
                current[k] = a[i] == b[bLo + k] ? previous[k + 1] + 1 : Math.max(previous[k], current[k + 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous;
    }

    private List<Edit> script() {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int[] match : matches) {
            i = unmatched(edits, i, match[0], j, match[1]);
            j = match[1];
            edits.add(new Edit(Op.EQUAL, i++, j++));
        }
        unmatched(edits, i, a.length, j, b.length);
        return edits;
    }

    /** Deletes base lines [i, iEnd) and inserts other lines [j, jEnd); returns iEnd. */
    private static int unmatched(List<Edit> edits, int i, int iEnd, int j, int jEnd) {
        for (int d = i; d < iEnd; d++) {
            edits.add(new Edit(Op.DELETE, d, j));
        }
        for (int n = j; n < jEnd; n++) {
            edits.add(new Edit(Op.INSERT, iEnd, n));
        }
        return iEnd;
    }
}
