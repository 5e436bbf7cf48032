package io.leadrules.rules.diff;

/**
 * A changed text file (DRL, scenario CSV) as a unified diff: {@code --- base/Name.drl}, {@code +++ other/Name.drl},
 * then {@code @@ -a,b +c,d @@} hunks with three lines of context, as {@code diff -u} and {@code git diff} print it.
 */
public record TextDiff(String file, int linesAdded, int linesRemoved, String unifiedDiff) {
}
