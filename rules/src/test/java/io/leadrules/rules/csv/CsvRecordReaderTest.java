package io.leadrules.rules.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<CsvRecord> records(String text, int maxCellLength, int maxCells) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text), ',', 1, maxCellLength, maxCells);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    @Test
    void readsQuotedCellsAcrossLinesAndNumbersRowsAsASpreadsheetDoes() throws IOException {
        List<CsvRecord> records = records("a,\"b,\"\"c\"\"\r\nd\"\r\n\nx,y", 100, 10);

        assertThat(records).extracting(CsvRecord::row).containsExactly(1, 2, 3);
        assertThat(records.get(0).cells()).containsExactly("a", "b,\"c\"\r\nd");
        assertThat(records.get(1).isBlank()).isTrue();
        assertThat(records.get(2).cells()).containsExactly("x", "y");
        assertThat(records).allSatisfy(record -> assertThat(record.flaws()).isEmpty());
    }

    @Test
    void aLongCellIsCutAtTheLimitAndFlaggedWhileTheNextRecordIsRead() throws IOException {
        List<CsvRecord> records = records("x," + "a".repeat(1_000) + "\nnext\n", 10, 10);

        assertThat(records.get(0).cell(1)).isEqualTo("a".repeat(10));
        assertThat(records.get(0).flaws()).containsExactly(new CsvRecord.Flaw(CsvRecord.Kind.TOO_LONG, 1));
        assertThat(records.get(1).cells()).containsExactly("next");
    }

    @Test
    void cellsBeyondTheLimitAreLeftOutOnce() throws IOException {
        CsvRecord record = records("a,b,c,d,e\n", 100, 2).get(0);

        assertThat(record.cells()).containsExactly("a", "b");
        assertThat(record.flaws()).containsExactly(new CsvRecord.Flaw(CsvRecord.Kind.TOO_MANY_CELLS, 2));
    }

    @Test
    void quoteFlawsAreReportedAtTheirCell() throws IOException {
        assertThat(records("a,\"b\"c,d\n", 100, 10).get(0).flaws())
                .containsExactly(new CsvRecord.Flaw(CsvRecord.Kind.TEXT_AFTER_QUOTE, 1));
        assertThat(records("a,\"never closed\nx,y\n", 100, 10)).singleElement()
                .satisfies(record -> assertThat(record.flaws())
                        .containsExactly(new CsvRecord.Flaw(CsvRecord.Kind.UNCLOSED_QUOTE, 1)));
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(List.of(0, 25, 26, 27, 701, 702)).extracting(CsvRecord::columnLetter)
                .containsExactly("A", "Z", "AA", "AB", "ZZ", "AAA");
    }
}
