package io.leadrules.rules.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The violations found in one DRL text, and its lines, to place what the parser gives no line for. */
final class Findings {

    private final List<String> lines;
    private final List<DrlViolation> violations = new ArrayList<>();
    private boolean judgedAll = true;

    Findings(String drl) {
        this.lines = drl.lines().toList();
    }

    void add(int line, String token, String message, DrlViolation.Part part) {
        DrlViolation violation = new DrlViolation(Math.max(line, 1), token, message, part);
        if (!violations.contains(violation)) {
            violations.add(violation);
        }
    }

    void add(int line, String token, String message) {
        add(line, token, message, DrlViolation.Part.RULE);
    }

    /** Something could not be read, so was not judged: the text must not be built unless the build refuses it. */
    void unjudged() {
        judgedAll = false;
    }

    boolean judgedAll() {
        return judgedAll;
    }

    List<DrlViolation> violations() {
        return violations;
    }

    List<String> lines() {
        return lines;
    }

    /** The first line at or after {@code from} (1-based) that matches, else {@code from}. */
    int lineOf(Pattern pattern, int from) {
        for (int i = Math.max(from, 1) - 1; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return from;
    }
}
