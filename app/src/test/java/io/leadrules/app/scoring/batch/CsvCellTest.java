package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(CsvCell.escape("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvCell.escape("+1")).isEqualTo("'+1");
        assertThat(CsvCell.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCell.escape("-2+3")).isEqualTo("'-2+3");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvCell.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCell.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCell.escape("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCell.escape("plain")).isEqualTo("plain");
    }

    /** A spreadsheet splitting on tabs (LibreOffice's import dialog offers it) would make {@code =cmd} a cell. */
    @Test
    void aCellWithATabOrSemicolonIsQuotedSoNoSplitStartsAFormula() {
        assertThat(CsvCell.escape("Acme\t=cmd|' /C calc'!A0")).isEqualTo("\"Acme\t=cmd|' /C calc'!A0\"");
        assertThat(CsvCell.escape("Acme;=1+1")).isEqualTo("\"Acme;=1+1\"");
    }
}
