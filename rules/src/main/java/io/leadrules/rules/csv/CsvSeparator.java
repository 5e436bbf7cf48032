package io.leadrules.rules.csv;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the separator of a CSV file from its header line: the one of {@code ,} and {@code ;} that, outside
 * quotes, splits line 1 into known column names. The cells below may hold the other one freely (activities are
 * {@code ;}-separated inside their cell, and quoted in a {@code ;} file). When neither splits line 1 into known
 * names only, the one that finds more of them wins, and the unknown header is reported at its cell; when both
 * find the same number of known names in different splits, the file is refused: guessing would read every cell
 * wrong.
 */
public final class CsvSeparator {

    private static final char[] CANDIDATES = {',', ';'};

    private CsvSeparator() {
    }

    /**
     * The separator; {@code headerSplit} parses line 1 with a separator, or gives null when it cannot, and
     * {@code known} tells a column name of the file's kind.
     *
     * @throws IllegalArgumentException when both separators find the same known names in different splits; the
     *                                  message says so for the person who wrote the file
     */
    public static char detect(Function<Character, List<String>> headerSplit, Predicate<String> known) {
        List<String> comma = headerSplit.apply(CANDIDATES[0]);
        List<String> semicolon = headerSplit.apply(CANDIDATES[1]);
        int commaKnown = known(comma, known);
        int semicolonKnown = known(semicolon, known);
        if (commaKnown != semicolonKnown) {
            return commaKnown > semicolonKnown ? ',' : ';';
        }
        if (commaKnown == 0 || comma.equals(semicolon)) {
            return ',';
        }
        throw new IllegalArgumentException("line 1: the header line splits into " + commaKnown
                + " known column names both at ',' and at ';', so the separator cannot be told; use one separator "
                + "throughout line 1 and quote any header that holds the other");
    }

    /** How many non-blank fields are known column headers; -1 when the line could not be split at all. */
    private static int known(List<String> fields, Predicate<String> known) {
        if (fields == null) {
            return -1;
        }
        return (int) fields.stream().filter(field -> !field.isBlank()).filter(known).count();
    }
}
