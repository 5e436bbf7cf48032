package io.leadrules.rules.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile files stay data: each is a row's rejection or the file's refusal, never another exception. */
class DatasetAttackTest {

    private final List<DatasetRow> handedOn = new ArrayList<>();

    private DatasetFileException refused(InputStream in) {
        DatasetFileException refused = catchThrowableOfType(DatasetFileException.class,
                () -> new DatasetReader().read(in, handedOn::add));
        assertThat(refused).as("the file is refused with the dataset's own problem").isNotNull();
        assertThat(handedOn).isEmpty();
        return refused;
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFormulaLookingCellIsJustText() {
        DatasetFiles read = DatasetFiles.read("createdAt,outcome,company,id\n"
                + "2026-01-10T09:00:00Z,,\"=cmd|' /C calc'!A0\",@SUM(1+1)\n");

        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.lead().company()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(row.id()).isEqualTo("@SUM(1+1)");
        });
    }

    @Test
    void aFormulaInTheHeaderIsAnUnknownColumn() {
        assertThat(refused(utf8("createdAt,outcome,=HYPERLINK(\"http://x\")\n")).problems())
                .singleElement().extracting(DatasetProblem::value).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void aNulInTheHeaderRefusesTheFile() {
        assertThat(refused(utf8("createdAt,out\0come\n")).problems()).singleElement()
                .extracting(DatasetProblem::message).asString().contains("NUL", "binary");
    }

    @Test
    void aNulInACellRejectsItsRow() {
        DatasetFiles read = DatasetFiles.read("createdAt,outcome,company\n2026-01-10T09:00:00Z,,Ac\0me\n"
                + "2026-01-10T09:00:00Z,,Fine\n");

        assertThat(read.rows()).hasSize(1);
        assertThat(read.onlyProblem().column()).isEqualTo("company");
        assertThat(read.onlyProblem().message()).contains("NUL");
    }

    @Test
    void aByteOrderMarkInTheMiddleIsAProblemNotAHeaderSpelling() {
        assertThat(refused(utf8("createdAt,\uFEFFoutcome\n")).problems()).singleElement()
                .extracting(DatasetProblem::message).asString().contains("byte order mark");
        DatasetFiles joined = DatasetFiles.read("createdAt,outcome\n2026-01-10T09:00:00Z,\uFEFFWON\n");
        assertThat(joined.onlyProblem().message()).contains("byte order mark");
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRowOnly() {
        byte[] latin1 = "createdAt,outcome,company\n2026-01-10T09:00:00Z,,Caf\u00e9\n2026-01-10T09:00:00Z,,Cafe\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        DatasetFiles read = DatasetFiles.read(latin1, new DatasetReader());

        assertThat(read.rows()).extracting(row -> row.lead().company()).containsExactly("Cafe");
        assertThat(read.onlyProblem().message()).contains("not UTF-8");
    }

    @Test
    void aTenMegabyteHeaderLineIsRefusedWithoutReadingIt() {
        InputStream huge = new SequenceInputStream(utf8("createdAt,outcome,"), new Repeated('a', 10_000_000));

        assertThat(refused(huge).problems()).singleElement().extracting(DatasetProblem::message).asString()
                .contains("line 1 is longer than");
    }

    @Test
    void aTenMegabyteRowIsRejectedAndTheNextRowRead() throws IOException {
        InputStream in = new SequenceInputStream(new SequenceInputStream(
                utf8("createdAt,outcome,company\n2026-01-10T09:00:00Z,,"), new Repeated('a', 10_000_000)),
                utf8("\n2026-01-10T09:00:00Z,WON,Next\n"));

        DatasetSummary summary = new DatasetReader().read(in, handedOn::add);

        assertThat(handedOn).extracting(row -> row.lead().company()).containsExactly("Next");
        assertThat(summary.firstProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("company");
            assertThat(problem.message()).contains("longer than");
            assertThat(problem.value()).hasSize(DatasetProblem.MAX_VALUE + 1);
        });
    }

    @Test
    void aHeaderOfThousandsOfColumnsIsRefused() {
        StringBuilder header = new StringBuilder("createdAt,outcome");
        for (int i = 0; i < 5_000; i++) {
            header.append(",attributes.a").append(i);
        }

        assertThat(refused(utf8(header + "\n")).problems()).singleElement().extracting(DatasetProblem::message)
                .asString().contains("line 1 is longer than");
    }

    @Test
    void aHeaderOfMoreAttributesThanALeadMayHaveIsRefused() {
        StringBuilder header = new StringBuilder("createdAt,outcome");
        for (int i = 0; i < 150; i++) {
            header.append(",attributes.a").append(i);
        }

        assertThat(refused(utf8(header + "\n")).problems()).singleElement().extracting(DatasetProblem::message)
                .asString().contains("more than " + DatasetHeader.MAX_COLUMNS + " columns");
    }

    @Test
    void aRowOfThousandsOfCellsIsRejectedAndTheNextRowRead() {
        DatasetFiles read = DatasetFiles.read("createdAt,outcome\n2026-01-10T09:00:00Z,WON" + ",x".repeat(50_000)
                + "\n2026-01-10T09:00:00Z,LOST\n");

        assertThat(read.rows()).extracting(DatasetRow::outcome).containsExactly(DatasetOutcome.LOST);
        assertThat(read.onlyProblem().line()).isEqualTo(2);
    }

    @Test
    void aZipFileIsRefusedAsNotText() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 'x'};

        DatasetFileException refused = refused(new ByteArrayInputStream(zip));

        assertThat(refused.problems()).singleElement().extracting(DatasetProblem::message).asString()
                .contains("NUL");
    }

    /** {@code count} copies of one ASCII character, made as they are read, never held. */
    static final class Repeated extends InputStream {

        private final int c;
        private long left;

        Repeated(char c, long count) {
            this.c = c;
            this.left = count;
        }

        @Override
        public int read() {
            return left-- > 0 ? c : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) c);
            left -= n;
            return n;
        }
    }
}
