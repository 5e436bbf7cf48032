package io.leadrules.app.scoring.batch;

/**
 * One CSV cell as written: defused when a spreadsheet would take it for a formula, quoted when it must be, and when
 * it holds a semicolon or a tab: a spreadsheet splitting on those would otherwise start a formula cell inside it.
 */
final class CsvCell {

    private CsvCell() {
    }

    static String escape(String text) {
        String cell = isFormula(text) ? "'" + text : text;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0 || cell.indexOf('\t') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** Excel, LibreOffice and Google Sheets run a cell starting with these as a formula (or a DDE command). */
    private static boolean isFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
