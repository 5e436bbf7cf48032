package io.leadrules.rules.scenario;

import static io.leadrules.rules.scenario.TestRules.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvScenarioReaderTest {

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        ScenarioTable table = CsvScenarioReader.read("s.csv", bytes(
                "name,description\n\"Acme, Inc.\",\"She said \"\"demo\"\"\nthen left\"\n"));

        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).cells()).containsExactly("Acme, Inc.", "She said \"demo\"\nthen left");
    }

    @Test
    void crlfAndLfLineEndsReadTheSame() {
        ScenarioTable crlf = CsvScenarioReader.read("s.csv", bytes("name,company\r\na,b\r\nc,d\r\n"));
        ScenarioTable lf = CsvScenarioReader.read("s.csv", bytes("name,company\na,b\nc,d"));

        assertThat(crlf.rows()).isEqualTo(lf.rows());
        assertThat(crlf.rows().get(1).cells()).containsExactly("c", "d");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() {
        byte[] text = bytes("name,company\na,b\n");
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(CsvScenarioReader.read("s.csv", withBom).headers()).containsExactly("name", "company");
    }

    @Test
    void rowNumbersAreSpreadsheetRowsEvenWithLineBreaksInsideACell() {
        ScenarioTable table = CsvScenarioReader.read("s.csv", bytes("name,description\na,\"two\nlines\"\n\nb,x\n"));

        assertThat(table.rows()).extracting(ScenarioTable.Row::number).containsExactly(2, 3, 4);
        assertThat(table.rows().get(1).isBlank()).isTrue();
    }

    @Test
    void emptyQuotedFieldsAndNonAsciiTextSurvive() {
        byte[] text = "name,company\nJosé,\"\"\n".getBytes(StandardCharsets.UTF_8);
        ScenarioTable table = CsvScenarioReader.read("s.csv", text);

        assertThat(table.rows().get(0).cells()).isEqualTo(List.of("José", ""));
    }

    @Test
    void anUnclosedQuoteNamesTheFileAndRow() {
        assertThatThrownBy(() -> CsvScenarioReader.read("Broken.scenarios.csv", bytes("name\n\"never closed\n")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("Broken.scenarios.csv")
                .hasMessageContaining("row 2")
                .hasMessageContaining("never closed");
    }

    @Test
    void textAfterAClosingQuoteNamesTheCell() {
        assertThatThrownBy(() -> CsvScenarioReader.read("s.csv", bytes("name,company\na,\"Acme\" Inc\n")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("row 2, column B");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvScenarioReader.read("s.csv", latin1))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aWorkbookNamedCsvIsRefusedWithAHint() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0};

        assertThatThrownBy(() -> CsvScenarioReader.read("s.scenarios.csv", zip))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(".scenarios.xlsx");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> CsvScenarioReader.read("s.csv", new byte[0]))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aSemicolonFileAsExcelInSpanishWritesItIsReadWithItsQuotedActivities() {
        ScenarioTable table = CsvScenarioReader.read("s.csv", bytes(
                "name;companySize;activities\r\nBig lead;250;\"DEMO_REQUESTED@-2d; PAGE_VIEW x3@-1d\"\r\n"));

        assertThat(table.headers()).containsExactly("name", "companySize", "activities");
        assertThat(table.rows().get(0).cells())
                .containsExactly("Big lead", "250", "DEMO_REQUESTED@-2d; PAGE_VIEW x3@-1d");
    }

    @Test
    void theSeparatorIsTheOneThatSplitsTheHeaderIntoKnownColumns() {
        CsvScenarioReader.Parsed comma = CsvScenarioReader.parse("s.csv", bytes(
                "name,description\na,\"x; y\"\n"));
        CsvScenarioReader.Parsed semicolon = CsvScenarioReader.parse("s.csv", bytes(
                "\"name\";description;activities\r\na;x, y;PAGE_VIEW\r\n"));

        assertThat(comma.dialect()).isEqualTo(new CsvDialect(',', false, "\n", true));
        assertThat(comma.table().rows().get(0).cells()).containsExactly("a", "x; y");
        assertThat(semicolon.dialect()).isEqualTo(new CsvDialect(';', false, "\r\n", true));
        assertThat(semicolon.table().rows().get(0).cells()).containsExactly("a", "x, y", "PAGE_VIEW");
    }

    @Test
    void aHeaderWithOneColumnIsCommaSeparated() {
        assertThat(CsvScenarioReader.parse("s.csv", bytes("name\na;b")).dialect().separator()).isEqualTo(',');
    }

    @Test
    void aHeaderThatSplitsIntoAsManyKnownColumnsEitherWayIsRefusedAtLineOne() {
        assertThatThrownBy(() -> CsvScenarioReader.read("s.csv", bytes("name,email;company\na,b;c\n")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("both at ',' and at ';'");
    }

    @Test
    void anAttributeHeaderCountsAsKnownWhenTheSeparatorIsFound() {
        ScenarioTable table = CsvScenarioReader.read("s.csv", bytes("name;attributes.timeOnSite\na;320\n"));

        assertThat(table.headers()).containsExactly("name", "attributes.timeOnSite");
    }
}
