package io.leadrules.app.ruleset.upload;

import io.leadrules.app.system.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The parts a {@code .xlsx} workbook is made of (it is a zip of XML files), unpacked within a budget and looked at
 * before any XML parser sees them: a part that declares a DTD or an entity refuses the workbook, so no external
 * entity is ever resolved, whatever the parser would do with it. A zip without {@code [Content_Types].xml} is not an
 * Office document at all.
 *
 * <p>The parts are read with the zip reader POI reads them with (commons-compress, set up as POI sets it up), not
 * {@code java.util.zip}: what is scanned is then exactly what POI will parse, and workbooks written by POI's own
 * streaming writer (Zip64 data descriptors, which {@code ZipInputStream} misreads) are read as POI reads them.
 */
final class WorkbookParts {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private WorkbookParts() {
    }

    static void check(FileAt at, byte[] content, RuleSetUploadSettings settings) {
        UnpackBudget budget = UnpackBudget.forWorkbook(settings);
        boolean office = false;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8.name(), false, true)) {
            for (ZipArchiveEntry part = in.getNextEntry(); part != null; part = in.getNextEntry()) {
                String name = FileNames.printable(part.getName());
                scan(at, new UnpackBudget.Entry(at, at.describe(), name), in, budget);
                office |= CONTENT_TYPES.equals(part.getName());
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw at.problem(UploadProblem.CORRUPT_RULE_FILE, at.describe() + " cannot be read: the workbook is cut "
                    + "short or damaged. Open it in Excel or LibreOffice, save it again, and upload the new copy.");
        }
        if (!office) {
            throw at.problem(UploadProblem.NOT_A_SPREADSHEET, at.describe() + " is a zip file, not an Excel workbook. "
                    + "Open the workbook in Excel or LibreOffice and save it as Excel Workbook (.xlsx).");
        }
    }

    private static void scan(FileAt at, UnpackBudget.Entry part, InputStream in, UnpackBudget budget)
            throws IOException {
        budget.count(part);
        MarkupDeclarations declarations = new MarkupDeclarations();
        budget.unpack(part, in, declarations);
        if (declarations.found() != null) {
            throw at.problem(UploadProblem.UNSAFE_SPREADSHEET, at.describe() + " holds " + declarations.found()
                    + " in its part " + part.name() + ". XML external entities and DTDs are not allowed, and Excel "
                    + "and LibreOffice never write them: open the workbook in one of them, save it as a new .xlsx, "
                    + "and upload that copy.");
        }
    }
}
