package io.leadrules.app.ruleset.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadrules.app.system.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Every file the upload tests send, built here with POI and java.util.zip: no binary fixture is committed. */
final class UploadFixtures {

    static final String DRL = """
            package io.leadrules.rules.engagement;

            rule "ENG-TEST Café visitors count"
            when
            then
            end
            """;

    private UploadFixtures() {
    }

    static Upload upload(String name, byte[] content) {
        return new Upload(name, content);
    }

    static Upload drl(String name) {
        return upload(name, DRL.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook with a header row and {@code rows - 1} rows of data on sheet {@code Points}; written by POI's
     * streaming writer, which takes a fraction of the time {@code XSSFWorkbook} needs for 10,000 rows.
     */
    static byte[] workbook(int rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Points");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i == 0 ? "Rule ID" : "ENG-" + i);
                row.createCell(1).setCellValue(i == 0 ? "Points" : String.valueOf(i % 40));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of the given entries, in that order; a name ending in / is a folder. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            entries.put((String) nameThenContent[i], (byte[]) nameThenContent[i + 1]);
        }
        return entries;
    }

    /**
     * The same zip with one entry's content rewritten (the other entries byte for byte as they were). Read as POI
     * reads: {@code ZipInputStream} misreads the Zip64 data descriptors of POI's streaming writer.
     */
    static byte[] rewritten(byte[] zip, String entryName, UnaryOperator<byte[]> change) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                entries.put(entry.getName(), entry.getName().equals(entryName) ? change.apply(content) : content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(entries).containsKey(entryName);
        return zip(entries);
    }

    /** The problem the upload is refused with; fails when it is accepted. */
    static ProblemException refused(UploadedRuleFiles files, Upload... uploads) {
        ThrowingCallable read = () -> files.read(List.of(uploads));
        ProblemException problem = catchThrowableOfType(ProblemException.class, read);
        assertThat(problem).as("the upload is refused with a problem").isNotNull();
        assertThat(problem.properties()).containsKey("file");
        return problem;
    }
}
