package io.leadrules.rules.scenario;

import static io.leadrules.rules.scenario.TestRules.csv;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.engine.RuleFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Re-baselining against {@link TestRules}: fit = company size (A from 80), engagement = activities up to asOf. */
class ScenarioRebaselineTest {

    private static final String BOM = "\uFEFF";
    private final ScenarioRunner runner = new ScenarioRunner();

    @Test
    void failingExpectationsTakeTheActualResultsAndTheCopyPasses() {
        RuleFile file = csv("S.scenarios.csv", """
                name,companySize,activities,expectGrade,expectFitScore,expectEngagementScore,expectFindings
                Changed,50,PAGE_VIEW x2@-1d,A,60-70,5,none
                Still true,90,PAGE_VIEW,A,85-95,1,MISSING_COMPANY
                """);
        assertThat(runner.run(TestRules.compiled(), file).failed()).isEqualTo(1);

        ScenarioRebaseline.Rebaselined rebaselined = ScenarioRebaseline.of(TestRules.compiled(), file);

        assertThat(text(rebaselined.file())).isEqualTo("""
                name,companySize,activities,expectGrade,expectFitScore,expectEngagementScore,expectFindings
                Changed,50,PAGE_VIEW x2@-1d,B,50,2,MISSING_COMPANY
                Still true,90,PAGE_VIEW,A,85-95,1,MISSING_COMPANY
                """);
        assertThat(rebaselined.changes()).extracting(ScenarioRebaseline.CellChange::cell)
                .containsExactly("D2", "E2", "F2", "G2");
        assertThat(rebaselined.changes().get(1)).isEqualTo(new ScenarioRebaseline.CellChange(2, "Changed", 4, "E2",
                "expectFitScore", "60-70", "50"));
        assertThat(runner.run(TestRules.compiled(), rebaselined.file()).allPassed()).isTrue();
    }

    @Test
    void aSemicolonFileKeepsItsSeparatorByteOrderMarkAndLineEnds() {
        RuleFile file = new RuleFile("S.scenarios.csv", (BOM + "name;companySize;activities;expectGrade\r\n"
                + "Quoted;50;\"PAGE_VIEW@-1d; DEMO_REQUESTED\";A\r\n").getBytes(StandardCharsets.UTF_8));

        ScenarioRebaseline.Rebaselined rebaselined = ScenarioRebaseline.of(TestRules.compiled(), file);

        assertThat(text(rebaselined.file())).isEqualTo(BOM + "name;companySize;activities;expectGrade\r\n"
                + "Quoted;50;\"PAGE_VIEW@-1d; DEMO_REQUESTED\";B\r\n");
        assertThat(runner.run(TestRules.compiled(), rebaselined.file()).allPassed()).isTrue();
    }

    @Test
    void mustFireEntriesThatNoLongerHoldAreDroppedAndListed() {
        RuleFile file = csv("S.scenarios.csv", """
                name,companySize,mustFire,mustNotFire
                Claims,50,T-FIT; T-NEVER; T-STAGE,T-STAGE; T-NEVER
                """);

        ScenarioRebaseline.Rebaselined rebaselined = ScenarioRebaseline.of(TestRules.compiled(), file);

        assertThat(text(rebaselined.file())).endsWith("Claims,50,T-FIT; T-STAGE,T-NEVER\n");
        assertThat(rebaselined.dropped()).containsExactly(
                new ScenarioRebaseline.DroppedExpectation(2, "Claims", "mustFire", "T-NEVER", "not fired"),
                new ScenarioRebaseline.DroppedExpectation(2, "Claims", "mustNotFire", "T-STAGE", "fired"));
        assertThat(runner.run(TestRules.compiled(), rebaselined.file()).allPassed()).isTrue();
    }

    @Test
    void anUnreadableRowIsLeftAsItIsAndListed() {
        RuleFile file = csv("S.scenarios.csv", """
                name,activities,expectGrade
                Broken,DEMO@x,A
                """);

        ScenarioRebaseline.Rebaselined rebaselined = ScenarioRebaseline.of(TestRules.compiled(), file);

        assertThat(rebaselined.file().content()).isEqualTo(file.content());
        assertThat(rebaselined.changes()).isEmpty();
        assertThat(rebaselined.notRebaselined()).singleElement().asString().startsWith("row 2 'Broken'");
    }

    @Test
    void aWorkbookGetsOnlyItsFailingExpectationCellsChanged() {
        RuleFile file = new RuleFile("S.scenarios.xlsx", workbook());

        ScenarioRebaseline.Rebaselined rebaselined = ScenarioRebaseline.of(TestRules.compiled(), file);

        try (Workbook copy = WorkbookFactory.create(new ByteArrayInputStream(rebaselined.file().content()))) {
            Sheet sheet = copy.getSheet("Scenarios");
            assertThat(copy.getSheet("Notes").getRow(0).getCell(0).getStringCellValue()).isEqualTo("keep me");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("B");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(50);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("a note nobody checks");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("A");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(rebaselined.changes()).extracting(ScenarioRebaseline.CellChange::cell).containsExactly("C2", "D2");
        assertThat(runner.run(TestRules.compiled(), rebaselined.file()).allPassed()).isTrue();
    }

    private static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("keep me");
            Sheet sheet = workbook.createSheet("Scenarios");
            row(sheet, 0, "name", "companySize", "expectGrade", "expectFitScore", "description");
            row(sheet, 1, "Changed", null, "A", null, "a note nobody checks");
            sheet.getRow(1).createCell(1).setCellValue(50);
            sheet.getRow(1).createCell(3).setCellValue(90);
            row(sheet, 2, "Same", null, "A", "85-95");
            sheet.getRow(2).createCell(1).setCellValue(90);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private static String text(RuleFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
