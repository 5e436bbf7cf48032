package io.leadrules.rules.engine;

import java.util.regex.Pattern;

/** How a decision-table snippet uses its cell value ({@code $param}, {@code $1}, ...). */
final class DrlSnippets {

    private static final Pattern PARAMETER = Pattern.compile("\\$(param|\\d+)");

    private DrlSnippets() {
    }

    static boolean usesParameterOutsideQuotes(String snippet) {
        return parameterUse(snippet, false);
    }

    static boolean usesParameterInsideQuotes(String snippet) {
        return parameterUse(snippet, true);
    }

    private static boolean parameterUse(String snippet, boolean insideQuotes) {
        var matcher = PARAMETER.matcher(snippet);
        while (matcher.find()) {
            if (isInsideQuotes(snippet, matcher.start()) == insideQuotes) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInsideQuotes(String text, int position) {
        boolean inside = false;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }
}
