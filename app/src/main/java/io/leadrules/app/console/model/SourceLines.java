package io.leadrules.app.console.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A text file of a version (DRL, scenario CSV) as numbered lines for {@code pre.source}, for any console page: a line
 * a page names gets a note (an error, a warning), a range of lines is highlighted (the rule around a line an
 * explanation points at).
 */
public final class SourceLines {

    private static final int MAX_LINES = 20_000;

    private SourceLines() {
    }

    /**
     * One line.
     *
     * @param id   its anchor id ({@code <prefix>-l12})
     * @param css  "highlight" (a noted line, or one of the highlighted range) or null
     * @param note what the page says about it, or null
     */
    public record Line(int number, String id, String text, String css, String note) {
    }

    /** The lines; {@code notes} by line number are marked as errors, lines {@code from..to} highlighted. */
    public static List<Line> of(byte[] content, String prefix, Map<Integer, String> notes, int from, int to) {
        String[] texts = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int index = 0; index < Math.min(texts.length, MAX_LINES); index++) {
            int number = index + 1;
            String note = notes.get(number);
            String css = note != null || (number >= from && number <= to) ? "highlight" : null;
            lines.add(new Line(number, prefix + "-l" + number, texts[index], css, note));
        }
        return lines;
    }

    /**
     * The first and last line of the DRL rule that holds {@code line} (from its {@code rule "..."} line to its
     * {@code end}); the line alone when it is not inside a rule.
     */
    public static int[] ruleAround(byte[] content, int line) {
        String[] texts = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        int start = line;
        while (start > 1 && !texts[start - 1].stripLeading().startsWith("rule ")) {
            start--;
        }
        if (start < 1 || start > texts.length || !texts[start - 1].stripLeading().startsWith("rule ")) {
            return new int[] {line, line};
        }
        int end = line;
        while (end < texts.length && !texts[end - 1].strip().equals("end")) {
            end++;
        }
        return new int[] {start, end};
    }
}
