package io.leadrules.rules.engine;

/**
 * Something in a rule set that compiles but is probably not what its author meant, with where it is: a spreadsheet
 * cell ({@code file}, {@code sheet}, {@code cell}) or a DRL line ({@code file}, {@code line}), and the rule id.
 */
public record ValidationWarning(String file, String sheet, String cell, Integer line, String ruleId, String message) {

    public String describe() {
        StringBuilder where = new StringBuilder(file);
        if (sheet != null) {
            where.append(", sheet ").append(sheet);
        }
        if (cell != null) {
            where.append(", cell ").append(cell);
        }
        if (line != null) {
            where.append(", line ").append(line);
        }
        return where + ": " + message;
    }
}
