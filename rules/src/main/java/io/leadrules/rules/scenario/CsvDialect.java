package io.leadrules.rules.scenario;

/**
 * How a scenario CSV file was written, so that a re-baselined copy is written the same way: the separator between
 * cells ({@code ,} as Google Sheets and English Excel write, {@code ;} as Excel writes in Spanish, German and French,
 * either from LibreOffice), whether it starts with a UTF-8 byte order mark (Excel's "CSV UTF-8" does), and its line
 * end ({@code \r\n} from Excel, {@code \n} from Google Sheets).
 *
 * @param endsWithLineEnd whether the last row is followed by a line end
 */
record CsvDialect(char separator, boolean bom, String lineEnd, boolean endsWithLineEnd) {

    static final CsvDialect RFC_4180 = new CsvDialect(',', false, "\r\n", true);

    /** The line end the text uses first ({@code \n} when it has none), and whether the text ends with one. */
    static CsvDialect of(char separator, boolean bom, String text) {
        int lf = text.indexOf('\n');
        String lineEnd = lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
        boolean ends = text.endsWith("\n") || text.endsWith("\r");
        return new CsvDialect(separator, bom, lineEnd, ends);
    }
}
