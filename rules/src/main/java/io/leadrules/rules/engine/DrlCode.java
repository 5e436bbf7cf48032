package io.leadrules.rules.engine;

import java.util.List;

/** DRL text with comments and string literals blanked out, line by line, so that only code is left to inspect. */
final class DrlCode {

    private DrlCode() {
    }

    /** The lines of {@code drl}, same count and positions, with comments and the inside of literals as blanks. */
    static List<String> codeLines(String drl) {
        StringBuilder code = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                i = blankUntil(drl, i, code, "\n");
            } else if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '*') {
                i = blankUntil(drl, i, code, "*/");
            } else if (c == '"' || c == '\'') {
                i = blankLiteral(drl, i, code, c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString().lines().toList();
    }

    private static int blankUntil(String drl, int start, StringBuilder code, String end) {
        int stop = drl.indexOf(end, start + 2);
        int next = stop < 0 ? drl.length() : (end.equals("\n") ? stop : stop + end.length());
        blank(drl, start, next, code);
        return next;
    }

    private static int blankLiteral(String drl, int start, StringBuilder code, char quote) {
        code.append(quote);
        int i = start + 1;
        while (i < drl.length() && drl.charAt(i) != quote && drl.charAt(i) != '\n') {
            int width = drl.charAt(i) == '\\' && i + 1 < drl.length() ? 2 : 1;
            blank(drl, i, i + width, code);
            i += width;
        }
        if (i < drl.length() && drl.charAt(i) == quote) {
            code.append(quote);
            i++;
        }
        return i;
    }

    private static void blank(String drl, int from, int to, StringBuilder code) {
        for (int k = from; k < to; k++) {
            code.append(drl.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
