package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.simulation.ImpactReport.Mover;
import io.leadrules.app.simulation.ImpactReport.RuleDifference;
import io.leadrules.app.simulation.ImpactReport.ScoreShift;
import io.leadrules.app.simulation.ImpactReport.Transition;
import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of a real draft against the shipped rules: version "2" is the shipped set with two edits made in the
 * cells marketing ops edit, a lower MQL threshold (parameter mqlScoreAtLeast 30, not 40, in Model.drl.xlsx) and three
 * Fit rows giving 10 points for a job title, company size or revenue the lead leaves empty (where no row matched
 * before, for 0). Four leads, no activities:
 * <ul>
 *   <li>Ana, ideal persona: every category matches, score 43 either way, MQL;</li>
 *   <li>Ana without a job title: fit 61 -> 71, score 31 -> 36, so LEAD -> MQL and P4 -> P3;</li>
 *   <li>a student (no company size nor revenue): fit 19 -> 39, score 10 -> 20, still a LEAD;</li>
 *   <li>Ana without consent: INVALID either way, no score, temperature, grade or priority.</li>
 * </ul>
 */
class DraftImpactTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Consent CONSENTED = new Consent(true, false, "2026-01", null);
    static final UUID ANA = new UUID(0, 1);
    static final UUID NO_TITLE = new UUID(0, 2);
    static final UUID STUDENT = new UUID(0, 3);
    static final UUID WITHOUT_CONSENT = new UUID(0, 4);

    static CompiledRuleSet shipped;
    static CompiledRuleSet draft;
    static ImpactReport report;

    @BeforeAll
    static void simulate() {
        shipped = new RuleSetCompiler().compile("1", DefaultRuleSet.files());
        draft = new RuleSetCompiler().compile("2", edited(DefaultRuleSet.files()));
        ImpactTally tally = new ImpactTally();
        Map.of(ANA, ana("Marketing Director", CONSENTED), NO_TITLE, ana(null, CONSENTED), STUDENT, student(),
                WITHOUT_CONSENT, ana("Marketing Director", new Consent(false, null, null, null)))
                .forEach((id, lead) -> {
                    EvaluationInput input = new EvaluationInput(lead, List.of(), NOW);
                    tally.add(id, shipped.evaluate(input), draft.evaluate(input));
                });
        report = tally.report();
    }

    @AfterAll
    static void close() {
        shipped.close();
        draft.close();
    }

    @Test
    void theLowerThresholdMovesTheLeadWithoutJobTitleFromLeadToMql() {
        assertThat(report.leads()).isEqualTo(4);
        assertThat(report.changed()).as("the lead without a job title and the student").isEqualTo(2);
        assertThat(report.before().stage()).containsExactly(Map.entry("INVALID", 1), Map.entry("LEAD", 2),
                Map.entry("MQL", 1));
        assertThat(report.after().stage()).containsExactly(Map.entry("INVALID", 1), Map.entry("LEAD", 1),
                Map.entry("MQL", 2));
        assertThat(report.transitions().stage()).containsExactly(new Transition("LEAD", "MQL", 1));
        assertThat(report.transitions().priority()).containsExactly(new Transition("P4", "P3", 1));
        assertThat(report.transitions().temperature()).isEmpty();
        assertThat(report.transitions().grade()).isEmpty();
    }

    @Test
    void anInvalidLeadCountsAsNoneForWhatItDoesNotHave() {
        assertThat(report.before().temperature()).containsExactly(Map.entry("COLD", 2), Map.entry("WARM", 1),
                Map.entry("NONE", 1));
        assertThat(report.before().grade()).containsExactly(Map.entry("A", 1), Map.entry("B", 1), Map.entry("D", 1),
                Map.entry("NONE", 1));
        assertThat(report.after().priority()).containsExactly(Map.entry("P3", 2), Map.entry("P4", 1),
                Map.entry("NONE", 1));
    }

    @Test
    void scoresShiftByNothingFiveAndTenPoints() {
        assertThat(report.scoreShift()).isEqualTo(new ScoreShift(3, new BigDecimal("5.00"), 0, 0, 0, 5, 10, 10, 10,
                0, 0));
    }

    @Test
    void theTopMoversNameTheRulesThatMadeTheDifference() {
        assertThat(report.topMovers()).extracting(Mover::leadId).containsExactly(STUDENT, NO_TITLE);
        Mover student = report.topMovers().get(0);
        assertThat(student).isEqualTo(new Mover(STUDENT, 10, 20, 10, "LEAD", "LEAD", "COLD", "COLD",
                List.of(new RuleDifference("FIT-REVENUE-NONE", null, 10), new RuleDifference("FIT-SIZE-NONE", null, 10),
                        new RuleDifference("FIT-WEIGHT-COMPANY_SIZE", 0, null),
                        new RuleDifference("FIT-WEIGHT-REVENUE", 0, null))));
        Mover noTitle = report.topMovers().get(1);
        assertThat(List.of(noTitle.scoreBefore(), noTitle.scoreAfter(), noTitle.shift())).containsExactly(31, 36,
                5);
        assertThat(noTitle.stageBefore() + " -> " + noTitle.stageAfter()).isEqualTo("LEAD -> MQL");
        assertThat(noTitle.rules()).containsExactly(
                new RuleDifference("FIT-ROLE-NONE", null, 10),
                new RuleDifference("ACTION-LEAD-TOFU", 0, null),
                new RuleDifference("ACTION-MQL-TOFU", null, 0),
                new RuleDifference("FIT-WEIGHT-ROLE", 0, null),
                new RuleDifference("PRIORITY-P3", null, 0),
                new RuleDifference("PRIORITY-P4", 0, null),
                new RuleDifference("STAGE-LEAD", 0, null),
                new RuleDifference("STAGE-MQL-SCORE", null, 0));
    }

    /** The shipped files with the two edits, made in the workbooks' cells: the DRL files are left as they are. */
    static List<RuleFile> edited(List<RuleFile> files) {
        return files.stream().map(file -> switch (file.name()) {
            case "Model.drl.xlsx" -> edited(file, DraftImpactTest::mqlThresholdOf30);
            case "ProfileFit.drl.xlsx" -> edited(file, DraftImpactTest::tenPointsWhenEmpty);
            default -> file;
        }).toList();
    }

    private static RuleFile edited(RuleFile file, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return new RuleFile(file.name(), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sheet Parameters, row 17 is mqlScoreAtLeast: its Value (column D) goes from 40 to 30. */
    private static void mqlThresholdOf30(XSSFWorkbook workbook) {
        Row row = workbook.getSheet("Parameters").getRow(16);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("mqlScoreAtLeast");
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(40);
        row.getCell(3).setCellValue(30);
    }

    /** Three rows right below the last row of sheet Fit: 10 points for an empty job title, size or revenue. */
    private static void tenPointsWhenEmpty(XSSFWorkbook workbook) {
        Sheet fit = workbook.getSheet("Fit");
        assertThat(fit.getRow(fit.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo("FIT-SOURCE-OUTBOUND");
        for (String[] rowValues : new String[][] {{"FIT-ROLE-NONE", "ROLE", "jobTitle"},
                {"FIT-SIZE-NONE", "COMPANY_SIZE", "companySize"}, {"FIT-REVENUE-NONE", "REVENUE", "annualRevenue"}}) {
            Row row = fit.createRow(fit.getLastRowNum() + 1);
            for (int column = 0; column < rowValues.length; column++) {
                row.createCell(1 + column).setCellValue(rowValues[column]);
            }
            row.createCell(4).setCellValue("is empty");
            row.createCell(7).setCellValue(10);
            row.createCell(8).setCellValue("Saying nothing is worth more than a poor match");
        }
    }

    private static Lead ana(String jobTitle, Consent consent) {
        return new Lead(null, "Ana", "Garcia", "ana@acme-soft.com", "+34 612 345 678", "Acme Soft", jobTitle,
                "SOFTWARE", 250, new BigDecimal("12000000"), "ES", "ORGANIC_SEARCH", "EBOOK", "crm-suite", consent);
    }

    private static Lead student() {
        return new Lead(null, "Liam", "Chen", "liam@icloud.com", null, "University", "Student", "EDUCATION", null,
                null, "GB", "SOCIAL", null, "ANY", new Consent(true, null, null, null));
    }
}
