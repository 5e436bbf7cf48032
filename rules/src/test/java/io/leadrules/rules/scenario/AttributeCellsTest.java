package io.leadrules.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.model.AttributeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AttributeCellsTest {

    private static final List<AttributeDeclaration> DECLARED = List.of(
            declared("timeOnSite", AttributeType.NUMBER, List.of()),
            declared("leadOrigin", AttributeType.TEXT, List.of("API", "Landing Page")),
            declared("newsletter", AttributeType.YES_NO, List.of()),
            declared("firstVisit", AttributeType.DATE, List.of()));

    @Test
    void declaredAttributesAreReadAsTheirType() {
        Map<String, Object> values = AttributeCells.values(List.of(cell("timeOnSite", "320"),
                cell("leadOrigin", "landing page"), cell("newsletter", "Yes"), cell("firstVisit", "2026-01-02"),
                cell("firstVisit", "2026-01-03T00:00:00Z")), DECLARED);

        assertThat(values).containsEntry("timeOnSite", new BigDecimal("320"))
                .containsEntry("leadOrigin", "landing page")
                .containsEntry("newsletter", true)
                .containsEntry("firstVisit", "2026-01-03");
    }

    @Test
    void aDeclaredTextThatLooksLikeANumberStaysText() {
        AttributeDeclaration code = declared("courseCode", AttributeType.TEXT, List.of());

        assertThat(AttributeCells.values(List.of(cell("courseCode", "0042")), List.of(code)))
                .containsEntry("courseCode", "0042");
    }

    @Test
    void undeclaredAttributesAreReadAsWhatTheyLookLike() {
        Map<String, Object> values = AttributeCells.values(List.of(cell("visits", "12"), cell("ratio", "-0.5"),
                cell("paid", "TRUE"), cell("trial", "no"), cell("plan", "Gold 2"), cell("version", "1.2.3")),
                List.of());

        assertThat(values).containsExactly(Map.entry("visits", new BigDecimal("12")),
                Map.entry("ratio", new BigDecimal("-0.5")), Map.entry("paid", true), Map.entry("trial", false),
                Map.entry("plan", "Gold 2"), Map.entry("version", "1.2.3"));
    }

    @Test
    void aValueThatDoesNotFitItsDeclarationNamesTheCell() {
        assertThatThrownBy(() -> AttributeCells.values(List.of(cell("timeOnSite", "5 min")), DECLARED))
                .isInstanceOf(RowProblem.class)
                .hasMessageContaining("cell U7 holds '5 min'")
                .hasMessageContaining("timeOnSite is declared as");
        assertThatThrownBy(() -> AttributeCells.values(List.of(cell("newsletter", "maybe")), DECLARED))
                .hasMessageContaining("yes or no");
        assertThatThrownBy(() -> AttributeCells.values(List.of(cell("firstVisit", "02/01/2026")), DECLARED))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> AttributeCells.values(List.of(cell("leadOrigin", "Fax")), DECLARED))
                .hasMessageContaining("'Fax' is not one of the values declared for leadOrigin");
    }

    @Test
    void theRowErrorNamesTheAttributeColumn() {
        RowProblem problem = new RowProblem(ScenarioHeader.ATTRIBUTES + "timeOnSite", "cell U7 holds 'x'");

        assertThat(problem.describe(7)).isEqualTo("row 7, column attributes.timeOnSite: cell U7 holds 'x'");
    }

    @Test
    void aScenarioLeadCarriesItsAttributesAndLeavesBlankOnesOut() {
        List<ScenarioRow> rows = ScenarioSheet.rows(CsvScenarioReader.read("s.csv", TestRules.bytes(
                "name;attributes.timeOnSite;attributes.leadOrigin;expectGrade\nA;320;;B\n")));

        EvaluationInput input = ScenarioInput.of(rows.get(0), DECLARED);

        assertThat(input.lead().attributes().asMap()).containsExactly(Map.entry("timeOnSite", new BigDecimal("320")));
    }

    @Test
    void aWorkbookGivesAttributeCellsAsNumbersAndDates() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Scenarios");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("name");
            header.createCell(1).setCellValue("attributes.timeOnSite");
            header.createCell(2).setCellValue("attributes.firstVisit");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("From a workbook");
            row.createCell(1).setCellValue(320.0);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(2).setCellValue(LocalDateTime.parse("2026-01-03T00:00:00"));
            row.getCell(2).setCellStyle(date);
            workbook.write(out);
            ScenarioRow read = ScenarioSheet.rows(XlsxScenarioReader.read("s.xlsx", out.toByteArray())).get(0);

            assertThat(AttributeCells.values(read.attributes(), DECLARED)).containsExactly(
                    Map.entry("timeOnSite", new BigDecimal("320")), Map.entry("firstVisit", "2026-01-03"));
        }
    }

    private static ScenarioRow.AttributeCell cell(String name, String text) {
        return new ScenarioRow.AttributeCell(name, text, "U7");
    }

    private static AttributeDeclaration declared(String name, AttributeType type, List<String> allowed) {
        return new AttributeDeclaration(name, type, allowed, "", "Model.drl.xlsx, sheet Attributes, cell B2");
    }
}
