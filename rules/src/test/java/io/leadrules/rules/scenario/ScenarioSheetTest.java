package io.leadrules.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioSheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"expectFunnelStage", "Expect funnel stage", "expect_funnel_stage", "EXPECT-FUNNEL-STAGE",
            " ExpectFunnel Stage "})
    void headersMatchIgnoringCaseSpacesUnderscoresAndHyphens(String header) {
        assertThat(ScenarioColumn.forHeader(header)).contains(ScenarioColumn.EXPECT_FUNNEL_STAGE);
    }

    @Test
    void cellsAreBoundToTheirColumnsTrimmedAndBlankRowsSkipped() {
        List<ScenarioRow> rows = rows("Name,Company Size,Expect grade\n Big lead , 250 ,A\n,,\n\nSmall lead,,B\n");

        assertThat(rows).extracting(ScenarioRow::number).containsExactly(2, 5);
        assertThat(rows.get(0).text(ScenarioColumn.NAME)).isEqualTo("Big lead");
        assertThat(rows.get(0).text(ScenarioColumn.COMPANY_SIZE)).isEqualTo("250");
        assertThat(rows.get(1).has(ScenarioColumn.COMPANY_SIZE)).isFalse();
        assertThat(rows.get(1).text(ScenarioColumn.EMAIL)).isEmpty();
    }

    @Test
    void anUnknownHeaderNamesTheColumnItsCellAndTheFile() {
        assertThatThrownBy(() -> rows("name,Expect grde\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("Scenarios.scenarios.csv")
                .hasMessageContaining("cell B1")
                .hasMessageContaining("unknown column 'Expect grde'")
                .hasMessageContaining("expectGrade");
    }

    @Test
    void aHeaderMixingSeparatorsGetsAHint() {
        assertThatThrownBy(() -> rows("name,company,expectGrade;expectStage\na,b,A;LEAD\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("cell C1")
                .hasMessageContaining("use one separator");
    }

    @Test
    void attributeColumnsAreReadByNameWithTheirCell() {
        List<ScenarioRow> rows = rows("name,attributes.timeOnSite,Attributes.leadOrigin\nA,320,\nB,,API\n");

        assertThat(rows.get(0).attributes()).containsExactly(new ScenarioRow.AttributeCell("timeOnSite", "320", "B2"));
        assertThat(rows.get(1).attributes()).containsExactly(new ScenarioRow.AttributeCell("leadOrigin", "API", "C3"));
    }

    @Test
    void anAttributeHeaderWithABadNameNamesItsCell() {
        assertThatThrownBy(() -> rows("name,attributes.Time on site\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("cell B1")
                .hasMessageContaining("lowerCamel");
    }

    @Test
    void anAttributeHeaderNamingAStandardMemberIsRefused() {
        assertThatThrownBy(() -> rows("name,attributes.jobTitle\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("cell B1")
                .hasMessageContaining("write the column jobTitle");
    }

    @Test
    void aRepeatedAttributeColumnIsRefused() {
        assertThatThrownBy(() -> rows("name,attributes.plan,attributes.plan\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("already at cell B1");
    }

    /**
     * A lead takes at most 100 attributes through the API; a scenario file cannot give it more. Without the limit, a
     * header of tens of thousands of attribute columns made every lead carry as many attributes, each a fact and a
     * finding, and the header check compared every column with every earlier one.
     */
    @Test
    void aHeaderWithMoreAttributeColumnsThanALeadMayHaveIsRefusedBeforeAnyRowIsRead() {
        StringBuilder header = new StringBuilder("name");
        for (int i = 0; i < 20_000; i++) {
            header.append(",attributes.a").append(i);
        }
        assertThatThrownBy(() -> rows(header + "\nx\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("20000 attribute columns")
                .hasMessageContaining("at most 100");
    }

    @Test
    void aHundredAttributeColumnsAreRead() {
        StringBuilder header = new StringBuilder("name");
        StringBuilder row = new StringBuilder("x");
        for (int i = 0; i < 100; i++) {
            header.append(",attributes.a").append(i);
            row.append(",v").append(i);
        }
        assertThat(rows(header + "\n" + row + "\n").get(0).attributes()).hasSize(100);
    }

    @Test
    void aRepeatedColumnIsRefused() {
        assertThatThrownBy(() -> rows("name,expectGrade,Expect Grade\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("cell C1")
                .hasMessageContaining("already at cell B1");
    }

    @Test
    void aFileWithoutANameColumnIsRefused() {
        assertThatThrownBy(() -> rows("description,expectGrade\nx,A\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("no 'name' column");
    }

    @Test
    void aValueUnderNoHeaderMakesOnlyItsRowUnreadable() {
        List<ScenarioRow> rows = rows("name,,expectGrade\nok,,A\nstray,oops,A\nextra,,A,more\n");

        assertThat(rows.get(0).problem()).isNull();
        assertThat(rows.get(1).problem())
                .isEqualTo("row 3: cell B3 holds 'oops' but its column has no header in row 1");
        assertThat(rows.get(2).problem()).contains("cell D4 holds 'more'");
    }

    private static List<ScenarioRow> rows(String csv) {
        return ScenarioSheet.rows(CsvScenarioReader.read("Scenarios.scenarios.csv", TestRules.bytes(csv)));
    }
}
