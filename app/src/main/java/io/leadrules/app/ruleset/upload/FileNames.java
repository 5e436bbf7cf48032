package io.leadrules.app.ruleset.upload;

import java.util.Locale;

/**
 * The names rule files may have. Only the base name counts: a client's path ({@code C:\Users\ana\Points.drl.xlsx})
 * and a zip's folders say nothing about the rule set. The ending says what the file is ({@link RuleFileKind}).
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String ENDINGS = "decision tables end in .drl.xlsx, rules written as text in .drl, "
            + "scenarios in .scenarios.csv or .scenarios.xlsx, and a whole rule set can come as one .zip";

    private FileNames() {
    }

    /** The part after the last {@code /} or {@code \}; empty for {@code null}. */
    static String baseName(String name) {
        if (name == null) {
            return "";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** The name as a problem may quote it: control and format characters as {@code ?}, cut after 200 characters. */
    static String printable(String name) {
        String shown = name.codePoints().map(c -> hidden(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() <= MAX_LENGTH ? shown : shown.substring(0, MAX_LENGTH) + "...";
    }

    /** What the file is; a problem naming {@code at} when its name is not one a rule file may have. */
    static RuleFileKind kindOf(FileAt at, String name, boolean inZip) {
        if (name.isBlank()) {
            throw at.problem(UploadProblem.INVALID_FILE_NAME, "A file of the upload has no name: send each file with "
                    + "the name it has on your computer, such as Points.drl.xlsx.");
        }
        if (name.length() > MAX_LENGTH) {
            throw at.problem(UploadProblem.INVALID_FILE_NAME, "The name of " + at.describe() + " is " + name.length()
                    + " characters long; at most " + MAX_LENGTH + " are allowed. Give it a shorter name.");
        }
        if (name.codePoints().anyMatch(FileNames::hidden)) {
            throw at.problem(UploadProblem.INVALID_FILE_NAME, "The name of " + at.describe() + " holds a control "
                    + "character (shown as ?), such as a line break or tab. Rename it with letters, digits, spaces, "
                    + "dots, dashes and underscores.");
        }
        RuleFileKind kind = RuleFileKind.of(name).orElseThrow(() -> at.problem(UploadProblem.INVALID_FILE_NAME,
                at.describe() + " is not a rule file: " + ENDINGS + "." + suggestion(name)));
        if (kind == RuleFileKind.ZIP && inZip) {
            throw at.problem(UploadProblem.INVALID_FILE_NAME, at.describe() + " is a zip inside a zip, which is not "
                    + "read: unzip it and put its rule files in " + at.file() + " itself.");
        }
        if (name.substring(0, name.length() - kind.ending().length()).isBlank()) {
            throw at.problem(UploadProblem.INVALID_FILE_NAME, at.describe() + " has nothing before its ending: name it "
                    + "after what it holds, such as Engagement" + kind.ending() + ".");
        }
        return kind;
    }

    private static String suggestion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return " Rename it " + stem + ".drl.xlsx if it is a decision table, or " + stem + ".scenarios.xlsx if it "
                    + "holds scenarios.";
        }
        if (lower.endsWith(".xls") || lower.endsWith(".ods")) {
            return " Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx), named " + stem
                    + ".drl.xlsx.";
        }
        if (lower.endsWith(".csv")) {
            return " Rename it " + stem + ".scenarios.csv if it holds scenarios.";
        }
        if (lower.endsWith(".txt")) {
            return " Rename it " + stem + ".drl if it holds rules written in DRL.";
        }
        return "";
    }

    private static boolean hidden(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
