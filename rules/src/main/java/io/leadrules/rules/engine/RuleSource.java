package io.leadrules.rules.engine;

/**
 * Where a rule is written: a spreadsheet cell ({@code file}, {@code sheet}, {@code cell}) or a DRL line
 * ({@code file}, {@code line}).
 */
public record RuleSource(String file, String sheet, String cell, Integer line) {

    public static RuleSource cell(String file, String sheet, String cell) {
        return new RuleSource(file, sheet, cell, null);
    }

    public static RuleSource line(String file, int line) {
        return new RuleSource(file, null, null, line);
    }

    /** "ProfileFit.drl.xlsx, sheet Role, cell A12" or "Qualification.drl, line 14". */
    public String describe() {
        if (sheet != null) {
            return file + ", sheet " + sheet + (cell == null ? "" : ", cell " + cell);
        }
        return line == null ? file : file + ", line " + line;
    }
}
