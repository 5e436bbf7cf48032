package io.leadrules.app.ruleset.upload;

import io.leadrules.app.system.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A {@code .drl.xlsx} or {@code .scenarios.xlsx} file must be an Excel 2007-365 workbook that POI reads: not an old
 * {@code .xls} or another file renamed, not encrypted, no DTD or entity in any part, no sheet beyond the row limit.
 * Whatever POI throws on a hostile file becomes a problem naming the file, never a 500.
 */
final class SpreadsheetCheck {

    private final RuleSetUploadSettings settings;

    SpreadsheetCheck(RuleSetUploadSettings settings) {
        this.settings = settings;
    }

    void check(FileAt at, byte[] content) {
        FileMagic magic = FileMagic.valueOf(content);
        if (magic == FileMagic.OLE2) {
            throw oldOfficeFile(at, content);
        }
        if (magic != FileMagic.OOXML) {
            throw at.problem(UploadProblem.NOT_A_SPREADSHEET, at.describe() + " is not an Excel workbook"
                    + lookalike(magic) + ". Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).");
        }
        WorkbookParts.check(at, content, settings);
        checkRows(at, content);
    }

    private void checkRows(FileAt at, byte[] content) {
        WorkbookRows.TallSheet tall;
        try {
            tall = WorkbookRows.firstBeyond(content, settings.maxRows()).orElse(null);
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(at, e);
        }
        if (tall != null) {
            throw at.problem(UploadProblem.TOO_MANY_ROWS, "Sheet " + tall.name() + " of " + at.describe() + " goes "
                    + "down to row " + tall.lastRow() + " or further; a sheet may have at most " + settings.maxRows()
                    + " rows. Delete the rows below the table (select them, right-click > Delete), even empty ones "
                    + "that only have formatting, or split the table over several sheets.")
                    .with("sheet", tall.name());
        }
    }

    /** POI refuses zip bombs itself (an entry unpacking to over 100 times its size); anything else is damage. */
    private static ProblemException unreadable(FileAt at, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return at.problem(UploadProblem.UNSAFE_ARCHIVE, at.describe() + " unpacks to hundreds of times its "
                        + "own size, as no workbook Excel or LibreOffice saves does. Open it in one of them, save "
                        + "it again, and upload the new copy.");
            }
        }
        return at.problem(UploadProblem.CORRUPT_RULE_FILE, at.describe() + " cannot be read as an Excel workbook: it "
                + "is damaged, or was not written by a spreadsheet program. Open it in Excel or LibreOffice, save "
                + "it again as Excel Workbook (.xlsx), and upload the new copy.");
    }

    /** Office files before 2007, and encrypted workbooks of any age, are OLE2 compound files. */
    private static ProblemException oldOfficeFile(FileAt at, byte[] content) {
        boolean encrypted;
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = file.getRoot();
            encrypted = root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return unreadable(at, e);
        }
        if (encrypted) {
            return at.problem(UploadProblem.PASSWORD_PROTECTED_SPREADSHEET, at.describe() + " is protected by a "
                    + "password, and the service cannot read it. Remove the password: in Excel, File > Info > "
                    + "Protect Workbook > Encrypt with Password, clear it and save; in LibreOffice, File > Save As, "
                    + "untick Save with password. Then upload it again.");
        }
        return at.problem(UploadProblem.NOT_A_SPREADSHEET, at.describe() + " is an old Excel 97-2003 workbook (.xls) "
                + "or another old Office file. Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx), "
                + "keeping the .drl.xlsx or .scenarios.xlsx ending.");
    }

    private static String lookalike(FileMagic magic) {
        return switch (magic) {
            case PNG, JPEG, GIF, BMP, TIFF, WMF, EMF -> " (it is a picture)";
            case PDF -> " (it is a PDF document)";
            case HTML, XML -> " (it is a web page or XML text; Excel's \"XML Spreadsheet 2003\" is not .xlsx)";
            case RTF, WORD2, MSWRITE -> " (it is a text document)";
            case BIFF2, BIFF3, BIFF4 -> " (it is a very old Excel file)";
            default -> "";
        };
    }
}
