package io.leadrules.rules.dataset;

/**
 * Characters that no spreadsheet app writes into a cell's text, and what their presence says about the file: a NUL
 * (a binary file, not CSV text), a byte order mark after the start (two files joined into one), a replacement
 * character (bytes that are not UTF-8, which the reader replaced rather than stop).
 */
final class TextChecks {

    private TextChecks() {
    }

    /** Why the text is not cell text; null when it is. */
    static String notText(String text) {
        for (int i = 0; i < text.length(); i++) {
            String why = notText(text.charAt(i));
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    static String notText(char c) {
        return switch (c) {
            case '\0' -> "holds a NUL character: this is a binary file, not CSV text";
            case '\uFEFF' -> "holds a byte order mark inside the text: were two files joined into one? Save the "
                    + "sheet again as CSV UTF-8";
            case '\uFFFD' -> "holds bytes that are not UTF-8 text: save the sheet as CSV UTF-8";
            default -> null;
        };
    }
}
