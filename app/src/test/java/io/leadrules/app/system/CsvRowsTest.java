package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV answers: the formula-injection attacks first, then quoting and the header row. */
class CsvRowsTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaArePrefixedWithAQuote() throws IOException {
        String csv = csv(List.of("a"), new Object[] {"=HYPERLINK(\"http://evil\",\"x\")"}, new Object[] {"+1+1"},
                new Object[] {"-2+3"}, new Object[] {"@SUM(A1)"}, new Object[] {"\tcmd"}, new Object[] {"\rcmd"});

        assertThat(csv.split("\n", -1)).startsWith("a", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", "'+1+1",
                "'-2+3", "'@SUM(A1)");
        assertThat(csv).contains("'\tcmd", "\"'\rcmd\"");
    }

    /**
     * A spreadsheet set to split on semicolons or tabs (Excel in most European locales, LibreOffice's import dialog)
     * starts a new cell after one: an unquoted {@code Acme;=cmd} would hand it {@code =cmd} as a formula.
     */
    @Test
    void aCellWithASemicolonOrTabIsQuotedSoNoSeparatorStartsAFormulaCell() throws IOException {
        String csv = csv(List.of("company", "title"), new Object[] {"Acme;=HYPERLINK(\"http://evil\")", "CTO\t+1+1"},
                new Object[] {"a|b", "%x;@SUM(A1)"});

        assertThat(csv).isEqualTo("company,title\n\"Acme;=HYPERLINK(\"\"http://evil\"\")\",\"CTO\t+1+1\"\n"
                + "a|b,\"%x;@SUM(A1)\"\n");
    }

    @Test
    void numbersStayNumbersEvenNegativeOnes() throws IOException {
        assertThat(csv(List.of("score", "name"), new Object[] {-5, "Ana"})).isEqualTo("score,name\n-5,Ana\n");
    }

    @Test
    void aHeaderRowComesFirstAndCellsWithCommasQuotesOrLineBreaksAreQuoted() throws IOException {
        String csv = csv(List.of("id", "company"), new Object[] {"1", "Acme, \"Soft\"\nLtd"}, new Object[] {"2", null});

        assertThat(csv).isEqualTo("id,company\n1,\"Acme, \"\"Soft\"\"\nLtd\"\n2,\n");
    }

    private static String csv(List<String> columns, Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRows csv = new CsvRows(out, columns)) {
            for (Object[] row : rows) {
                csv.row(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
