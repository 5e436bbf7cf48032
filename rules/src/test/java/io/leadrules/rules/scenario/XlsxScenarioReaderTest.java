package io.leadrules.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxScenarioReaderTest {

    @Test
    void numbersReadAsPlainNumbers() {
        ScenarioTable table = XlsxScenarioReader.read("s.xlsx", workbook(wb -> {
            Sheet sheet = wb.createSheet("Scenarios");
            header(sheet, "name", "companySize", "annualRevenue", "expectScore");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Numbers");
            row.createCell(1).setCellValue(250);
            row.createCell(2).setCellValue(1.2E7);
            row.createCell(3).setCellValue(63.5);
        }));

        assertThat(table.rows().get(0).cells()).containsExactly("Numbers", "250", "12000000", "63.5");
    }

    @Test
    void booleansFormulasAndDatesReadAsTheirValues() {
        ScenarioTable table = XlsxScenarioReader.read("s.xlsx", workbook(wb -> {
            Sheet sheet = wb.createSheet("Scenarios");
            header(sheet, "name", "expectValid", "companySize", "asOf");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Values");
            row.createCell(1).setCellValue(true);
            row.createCell(2).setCellFormula("100*2");
            row.createCell(3).setCellValue(LocalDateTime.of(2026, 1, 15, 12, 0));
            row.getCell(3).setCellStyle(date);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }));

        assertThat(table.rows().get(0).cells()).containsExactly("Values", "yes", "200", "2026-01-15T12:00:00Z");
    }

    @Test
    void theSheetNamedScenariosIsReadElseTheFirst() {
        byte[] named = workbook(wb -> {
            header(wb.createSheet("Notes"), "not", "this");
            header(wb.createSheet("scenarios"), "name", "expectGrade");
        });
        byte[] first = workbook(wb -> {
            header(wb.createSheet("Leads"), "name", "expectStage");
            header(wb.createSheet("Notes"), "not", "this");
        });

        assertThat(XlsxScenarioReader.read("a.xlsx", named).headers()).containsExactly("name", "expectGrade");
        assertThat(XlsxScenarioReader.read("b.xlsx", first).headers()).containsExactly("name", "expectStage");
    }

    @Test
    void rowNumbersAreTheSheetRowsAndMissingRowsAreSkipped() {
        ScenarioTable table = XlsxScenarioReader.read("s.xlsx", workbook(wb -> {
            Sheet sheet = wb.createSheet("Scenarios");
            header(sheet, "name");
            sheet.createRow(4).createCell(0).setCellValue("Row five");
        }));

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(5);
            assertThat(row.cells()).containsExactly("Row five");
        });
    }

    @Test
    void anErrorCellNamesTheSheetAndCell() {
        byte[] content = workbook(wb -> {
            Sheet sheet = wb.createSheet("Scenarios");
            header(sheet, "name", "companySize");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Broken");
            row.createCell(1).setCellErrorValue(FormulaError.REF.getCode());
        });

        assertThatThrownBy(() -> XlsxScenarioReader.read("Broken.scenarios.xlsx", content))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("Broken.scenarios.xlsx")
                .hasMessageContaining("sheet Scenarios, cell B2")
                .hasMessageContaining("#REF!");
    }

    @Test
    void bytesThatAreNotAWorkbookNameTheFile() {
        assertThatThrownBy(() -> XlsxScenarioReader.read("Corrupt.scenarios.xlsx", TestRules.bytes("name,stage\n")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("Corrupt.scenarios.xlsx")
                .hasMessageContaining("XLSX");
    }

    static void header(Sheet sheet, String... headers) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            row.createCell(i).setCellValue(headers[i]);
        }
    }

    static byte[] workbook(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
