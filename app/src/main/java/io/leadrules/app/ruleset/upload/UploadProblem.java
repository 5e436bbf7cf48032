package io.leadrules.app.ruleset.upload;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of the files of a rule-set upload, found before anything is compiled: names, sizes, zips and workbooks.
 * Slugs, statuses and texts are part of the API: clients switch on the {@code type}.
 */
public enum UploadProblem implements ProblemType {

    NO_RULE_FILES("no-rule-files", HttpStatus.BAD_REQUEST, "The upload holds no rule files",
            "The upload has no file, or only a zip whose entries are all folders, hidden files (.DS_Store, "
                    + "__MACOSX) or Office lock files (~$...).",
            "Upload the rule files (.drl, .drl.xlsx, .scenarios.csv, .scenarios.xlsx), or one .zip that holds them."),
    INVALID_FILE_NAME("invalid-file-name", HttpStatus.BAD_REQUEST, "The file name is not accepted",
            "A file name is empty, longer than 200 characters, holds control characters, or does not end the way a "
                    + "rule file does: .drl (rules as text), .drl.xlsx (decision tables), .scenarios.csv or "
                    + ".scenarios.xlsx (test scenarios), or .zip (a whole rule set; a zip inside a zip is not read).",
            "Rename the file named in file (and entry) with the ending that says what it holds, for example "
                    + "Points.drl.xlsx for a decision table, and upload again."),
    DUPLICATE_FILE_NAME("duplicate-file-name", HttpStatus.BAD_REQUEST, "Two files have the same name",
            "Two files of the upload have the same name, ignoring upper and lower case and the folders of a zip: "
                    + "the service would not know which one is meant.",
            "Keep one of them, or rename the other, and upload again."),
    RULE_FILE_TOO_LARGE("rule-file-too-large", HttpStatus.CONTENT_TOO_LARGE, "A rule file is too large",
            "A file, or a file unpacked from a zip, is larger than the service accepts "
                    + "(leadrules.rulesets.max-file-size, 5 MB by default).",
            "Split the rules over several files, or delete the rows, sheets, pictures and formatting the rules do "
                    + "not need."),
    UNSAFE_ARCHIVE("unsafe-archive", HttpStatus.BAD_REQUEST, "The zip cannot be unpacked safely",
            "A zip, or the zip a .xlsx workbook is made of, holds more entries than the service reads "
                    + "(leadrules.rulesets.max-archive-entries, 100), unpacks to more than it accepts in all "
                    + "(leadrules.rulesets.max-archive-size, 50 MB), unpacks to hundreds of times its own size, or "
                    + "has an entry whose path leaves its folder (../, an absolute path, a drive letter).",
            "Zip the rule files again with your usual tool, without other files; the detail names the entry."),
    CORRUPT_RULE_FILE("corrupt-rule-file", HttpStatus.BAD_REQUEST, "A file is damaged",
            "A zip or workbook could not be read to the end: it is cut short or damaged, or it is a zip protected "
                    + "by a password.",
            "Save or zip the file again, without a password, and upload the new copy."),
    NOT_A_TEXT_FILE("not-a-text-file", HttpStatus.BAD_REQUEST, "A rule file is not UTF-8 text",
            "A .drl or .scenarios.csv file has bytes that are not UTF-8 text (it was saved as ANSI, Windows-1252 or "
                    + "Latin-1 with accented letters), or a NUL byte (it was saved as UTF-16 \"Unicode\", or it is "
                    + "not a text file at all).",
            "Save the file as UTF-8: in Notepad, File > Save As, Encoding UTF-8; in Excel, Save As \"CSV UTF-8\"."),
    NOT_A_SPREADSHEET("not-a-spreadsheet", HttpStatus.BAD_REQUEST, "A workbook is not an Excel .xlsx file",
            "A .drl.xlsx or .scenarios.xlsx file is not an Excel 2007-365 workbook: it is an old .xls workbook, "
                    + "another kind of document, a picture, or another file renamed.",
            "Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx), keeping the .drl.xlsx or "
                    + ".scenarios.xlsx ending."),
    PASSWORD_PROTECTED_SPREADSHEET("password-protected-spreadsheet", HttpStatus.BAD_REQUEST,
            "A workbook is protected by a password",
            "A workbook is encrypted with a password to open it. The service cannot read it, and never asks for "
                    + "passwords.",
            "Remove the password and upload again: in Excel, File > Info > Protect Workbook > Encrypt with "
                    + "Password, clear the password and save; in LibreOffice, File > Save As, untick Save with "
                    + "password."),
    UNSAFE_SPREADSHEET("unsafe-spreadsheet", HttpStatus.BAD_REQUEST, "A workbook holds XML the service does not read",
            "A part of the workbook declares a document type (<!DOCTYPE) or entities (<!ENTITY). XML external "
                    + "entities and DTDs can make a reader fetch files or addresses, so they are refused before any "
                    + "XML is read. Excel and LibreOffice never write them.",
            "Open the workbook in Excel or LibreOffice, save it as a new .xlsx, and upload that copy."),
    TOO_MANY_ROWS("too-many-rows", HttpStatus.BAD_REQUEST, "A sheet has too many rows",
            "A sheet of a workbook goes further down than leadrules.rulesets.max-rows (10,000 by default), counted to "
                    + "its last row that holds anything, even only formatting.",
            "Delete the rows below the table (select them, right-click > Delete), or split the table over several "
                    + "sheets or files.");

    private final ProblemText text;

    UploadProblem(String slug, HttpStatus status, String title, String when, String fix) {
        this.text = new ProblemText(slug, status, title, when, fix);
    }

    @Override
    public ProblemText text() {
        return text;
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<UploadProblem> problemTypes() {
            return List.of(values());
        }
    }
}
