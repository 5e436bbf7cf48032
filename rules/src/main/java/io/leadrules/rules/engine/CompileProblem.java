package io.leadrules.rules.engine;

/**
 * One reason a rule set does not compile, written for the person who edits the file: a spreadsheet cell
 * ({@code file}, {@code sheet}, {@code cell}) or a DRL line ({@code file}, {@code line}), and what to change.
 */
public record CompileProblem(String file, String sheet, String cell, Integer line, String message) {

    public static CompileProblem inCell(String file, String sheet, String cell, String message) {
        return new CompileProblem(file, sheet, cell, null, message);
    }

    public static CompileProblem inSheet(String file, String sheet, String message) {
        return new CompileProblem(file, sheet, null, null, message);
    }

    public static CompileProblem atLine(String file, Integer line, String message) {
        return new CompileProblem(file, null, null, line, message);
    }

    public static CompileProblem inFile(String file, String message) {
        return new CompileProblem(file, null, null, null, message);
    }

    /** {@code EngagementPoints.drl.xlsx, sheet Points, cell D14: "ten" is not a number}. */
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
