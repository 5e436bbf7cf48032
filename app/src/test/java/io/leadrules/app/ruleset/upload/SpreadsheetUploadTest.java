package io.leadrules.app.ruleset.upload;

import static io.leadrules.app.ruleset.upload.UploadFixtures.DRL;
import static io.leadrules.app.ruleset.upload.UploadFixtures.entries;
import static io.leadrules.app.ruleset.upload.UploadFixtures.refused;
import static io.leadrules.app.ruleset.upload.UploadFixtures.rewritten;
import static io.leadrules.app.ruleset.upload.UploadFixtures.upload;
import static io.leadrules.app.ruleset.upload.UploadFixtures.utf8;
import static io.leadrules.app.ruleset.upload.UploadFixtures.workbook;
import static io.leadrules.app.ruleset.upload.UploadFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.system.ProblemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Workbooks (.drl.xlsx, .scenarios.xlsx): plain, unencrypted .xlsx files POI reads, without DTDs, within the rows. */
class SpreadsheetUploadTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private final UploadedRuleFiles files = new UploadedRuleFiles(RuleSetUploadSettings.defaults());

    @Test
    void aPasswordProtectedWorkbookSaysHowToRemoveThePassword() throws Exception {
        ProblemException problem = refused(files, upload("Points.drl.xlsx", encrypted(workbook(3))));

        assertThat(problem.type()).isEqualTo(UploadProblem.PASSWORD_PROTECTED_SPREADSHEET);
        assertThat(problem.properties()).containsEntry("file", "Points.drl.xlsx");
        assertThat(problem.getMessage()).contains("Encrypt with Password", "untick Save with password");
    }

    @Test
    void anOldXlsWorkbookRenamedIsNotASpreadsheetAndSaysToSaveAsXlsx() throws IOException {
        ProblemException problem = refused(files, upload("Points.drl.xlsx", oldExcelWorkbook()));

        assertThat(problem.type()).isEqualTo(UploadProblem.NOT_A_SPREADSHEET);
        assertThat(problem.getMessage()).contains("Excel 97-2003", "save it as Excel Workbook (.xlsx)");
    }

    @Test
    void randomBytesAPictureOrAZipOfOtherFilesAreNotSpreadsheets() {
        byte[] random = new byte[4096];
        new java.util.Random(42).nextBytes(random);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        assertThat(refused(files, upload("Points.drl.xlsx", random)).type()).isEqualTo(UploadProblem.NOT_A_SPREADSHEET);
        assertThat(refused(files, upload("Points.drl.xlsx", new byte[0])).type())
                .isEqualTo(UploadProblem.NOT_A_SPREADSHEET);
        assertThat(refused(files, upload("Points.drl.xlsx", png)).getMessage()).contains("it is a picture");
        assertThat(refused(files, upload("Checks.scenarios.xlsx", zip(entries("Flow.drl", utf8(DRL))))).getMessage())
                .contains("is a zip file, not an Excel workbook");
    }

    @Test
    void aTruncatedOrDamagedWorkbookIsCorruptNeverAnError() {
        byte[] whole = workbook(200);
        byte[] damagedPart = rewritten(whole, "xl/workbook.xml", xml -> utf8("<workbook><sheets><oops"));
        byte[] damagedSheet = rewritten(whole, SHEET, xml -> Arrays.copyOf(xml, xml.length / 2));

        for (byte[] broken : List.of(Arrays.copyOf(whole, whole.length / 2), damagedPart, damagedSheet)) {
            ProblemException problem = refused(files, upload("Points.drl.xlsx", broken));

            assertThat(problem.type()).isEqualTo(UploadProblem.CORRUPT_RULE_FILE);
            assertThat(problem.properties()).containsEntry("file", "Points.drl.xlsx");
        }
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnyXmlIsReadAndTheSecretNeverShows(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        String doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] hostile = rewritten(workbook(3), SHEET, xml -> utf8(new String(xml, StandardCharsets.UTF_8)
                .replaceFirst("\\?>", "?>" + doctype).replaceFirst("(<row[^>]*>)",
                        "$1<c r=\"Z1\" t=\"inlineStr\"><is><t>&e;</t></is></c>")));

        ProblemException problem = refused(files, upload("Points.drl.xlsx", hostile));

        assertThat(problem.type()).isEqualTo(UploadProblem.UNSAFE_SPREADSHEET);
        assertThat(problem.getMessage()).contains("<!DOCTYPE", SHEET, "not allowed");
        assertThat(problem.getMessage() + problem.properties()).doesNotContain("TOP-SECRET-42");
    }

    @Test
    void anEntityDeclarationInUtf16InAnyCaseIsFoundToo() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!doctype x [<!Entity e \"boom\">]><worksheet/>";
        byte[] hostile = rewritten(workbook(3), SHEET, original -> xml.getBytes(StandardCharsets.UTF_16));

        assertThat(refused(files, upload("Checks.scenarios.xlsx", hostile)).type())
                .isEqualTo(UploadProblem.UNSAFE_SPREADSHEET);
    }

    @Test
    void tenThousandRowsAreAcceptedAndOneMoreIsTooMany() {
        assertThat(files.read(List.of(upload("Points.drl.xlsx", workbook(10_000))))).hasSize(1);

        ProblemException problem = refused(files, upload("Points.drl.xlsx", workbook(10_001)));

        assertThat(problem.type()).isEqualTo(UploadProblem.TOO_MANY_ROWS);
        assertThat(problem.properties()).containsEntry("file", "Points.drl.xlsx").containsEntry("sheet", "Points");
        assertThat(problem.getMessage()).contains("row 10001", "at most 10000 rows");
    }

    @Test
    void anEmptyButFormattedRowFarDownCountsAsAPersonSeesIt() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Weights").createRow(0).createCell(0).setCellValue("Rule ID");
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(workbook.createFont());
            workbook.getSheet("Weights").createRow(19_999).setRowStyle(bold);
            workbook.write(out);

            ProblemException problem = refused(files, upload("Weights.drl.xlsx", out.toByteArray()));

            assertThat(problem.type()).isEqualTo(UploadProblem.TOO_MANY_ROWS);
            assertThat(problem.properties()).containsEntry("sheet", "Weights");
        }
    }

    @Test
    void aPartThatUnpacksToHundredsOfTimesItsSizeIsRefusedByPoiAsUnsafe() {
        byte[] padded = rewritten(workbook(3), SHEET, xml -> utf8(new String(xml, StandardCharsets.UTF_8)
                .replace("</worksheet>", " ".repeat(4 * 1024 * 1024) + "</worksheet>")));

        ProblemException problem = refused(files, upload("Points.drl.xlsx", padded));

        assertThat(problem.type()).isEqualTo(UploadProblem.UNSAFE_ARCHIVE);
        assertThat(problem.getMessage()).contains("hundreds of times its own size");
    }

    @Test
    void aWorkbookWhosePartsUnpackPastTheArchiveLimitIsUnsafe() {
        DataSize oneMegabyte = DataSize.ofMegabytes(1);
        UploadedRuleFiles small = new UploadedRuleFiles(new RuleSetUploadSettings(oneMegabyte, null, null, null,
                oneMegabyte, null));
        byte[] padded = rewritten(workbook(3), SHEET, xml -> utf8(new String(xml, StandardCharsets.UTF_8)
                .replace("</worksheet>", " ".repeat(2 * 1024 * 1024) + "</worksheet>")));

        ProblemException problem = refused(small, upload("Points.drl.xlsx", padded));

        assertThat(problem.type()).isEqualTo(UploadProblem.UNSAFE_ARCHIVE);
        assertThat(problem.getMessage()).contains("Points.drl.xlsx unpacks to more than 1 MB", SHEET);
    }

    @Test
    void aWorkbookInsideAZipIsCheckedAndNamedByItsEntry() throws Exception {
        ProblemException problem = refused(files, upload("Rules.zip",
                zip(entries("rules/Points.drl.xlsx", encrypted(workbook(2))))));

        assertThat(problem.type()).isEqualTo(UploadProblem.PASSWORD_PROTECTED_SPREADSHEET);
        assertThat(problem.properties()).containsEntry("file", "Rules.zip")
                .containsEntry("entry", "rules/Points.drl.xlsx");
    }

    /** What Excel writes for File > Info > Protect Workbook > Encrypt with Password. */
    private static byte[] encrypted(byte[] xlsx) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("marketing2026");
        try (POIFSFileSystem file = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OutputStream data = encryptor.getDataStream(file)) {
                data.write(xlsx);
            }
            file.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] oldExcelWorkbook() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Points").createRow(0).createCell(0).setCellValue("Rule ID");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
