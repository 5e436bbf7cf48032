package io.leadrules.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The unified format printed exactly as diff -u prints it, and a seeded property: the diff turns base into other. */
class UnifiedDiffTest {

    @Test
    void changesMoreThanTwoContextsApartAreSeparateHunks() {
        String base = numbered(1, 20);
        String other = base.replace("line 3\n", "line three\n").replace("line 11\n", "line eleven\n");

        assertThat(diff(base, other)).isEqualTo("""
                --- base/A.drl
                +++ other/A.drl
                @@ -1,6 +1,6 @@
                 line 1
                 line 2
                -line 3
                +line three
                 line 4
                 line 5
                 line 6
                @@ -8,7 +8,7 @@
                 line 8
                 line 9
                 line 10
                -line 11
                +line eleven
                 line 12
                 line 13
                 line 14
                """);
    }

    @Test
    void changesTwoContextsApartShareOneHunk() {
        String base = numbered(1, 20);
        String other = base.replace("line 3\n", "line three\n").replace("line 10\n", "line ten\n");

        assertThat(diff(base, other)).isEqualTo("""
                --- base/A.drl
                +++ other/A.drl
                @@ -1,13 +1,13 @@
                 line 1
                 line 2
                -line 3
                +line three
                 line 4
                 line 5
                 line 6
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                 line 13
                """);
    }

    @Test
    void linesInsertedAtTheTopAndIntoAnEmptyFile() {
        assertThat(diff("a\nb\nc\nd\n", "new\na\nb\nc\nd\n")).isEqualTo("""
                --- base/A.drl
                +++ other/A.drl
                @@ -1,3 +1,4 @@
                +new
                 a
                 b
                 c
                """);
        assertThat(diff("", "a\nb\n")).endsWith("@@ -0,0 +1,2 @@\n+a\n+b\n");
        assertThat(diff("a\nb\n", "")).endsWith("@@ -1,2 +0,0 @@\n-a\n-b\n");
    }

    @Test
    void aMissingLineBreakAtTheEndIsShown() {
        assertThat(diff("a\nb\n", "a\nb")).isEqualTo("""
                --- base/A.drl
                +++ other/A.drl
                @@ -1,2 +1,2 @@
                 a
                -b
                +b
                \\ No newline at end of file
                """);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theDiffAppliedToBaseGivesOtherAndKeepsALongestCommonSubsequence(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> base = randomLines(random);
        List<String> other = edited(base, random);

        TextDiff diff = UnifiedDiff.of("A.drl", base, other);
        long kept = LineDiff.between(base, other).stream().filter(e -> e.op() == LineDiff.Op.EQUAL).count();

        assertThat(UnifiedPatch.apply(base, diff.unifiedDiff())).isEqualTo(other);
        assertThat(kept).isEqualTo(longestCommonSubsequence(base, other));
        assertThat(diff.linesRemoved()).isEqualTo(base.size() - kept);
        assertThat(diff.linesAdded()).isEqualTo(other.size() - kept);
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 300);
    }

    private static String diff(String base, String other) {
        return UnifiedDiff.of("A.drl", lines(base), lines(other)).unifiedDiff();
    }

    private static List<String> lines(String text) {
        return TextLines.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String numbered(int from, int to) {
        StringBuilder text = new StringBuilder();
        IntStream.rangeClosed(from, to).forEach(i -> text.append("line ").append(i).append('\n'));
        return text.toString();
    }

    /** Few distinct lines, so that lines repeat and the longest common subsequence is not obvious. */
    private static List<String> randomLines(SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        for (int size = random.nextInt(0, 40); size > 0; size--) {
            lines.add("x" + random.nextInt(6) + "\n");
        }
        return lines;
    }

    /** Usually a few lines inserted or deleted; sometimes an unrelated text. */
    private static List<String> edited(List<String> base, SplittableRandom random) {
        if (random.nextInt(4) == 0) {
            return randomLines(random);
        }
        List<String> lines = new ArrayList<>(base);
        for (int edits = random.nextInt(0, 6); edits > 0; edits--) {
            if (!lines.isEmpty() && random.nextBoolean()) {
                lines.remove(random.nextInt(lines.size()));
            } else {
                lines.add(random.nextInt(lines.size() + 1), "x" + random.nextInt(8) + "\n");
            }
        }
        return lines;
    }

    private static long longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths[0][0];
    }
}
