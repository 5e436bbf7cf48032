package io.leadrules.rules.scenario;

import static io.leadrules.rules.scenario.TestRules.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** The runner end to end against {@link TestRules}: fit = company size, engagement = activities up to asOf. */
class ScenarioRunnerTest {

    private final ScenarioRunner runner = new ScenarioRunner();

    @Test
    void aRowThatMatchesPassesWithOneCheckPerExpectation() {
        ScenarioResult result = single("""
                name,companySize,company,activities,expectValid,expectGrade,expectFitScore,expectEngagementScore,\
                expectScore,expectStage,expectPriority,expectNextActions,expectFindings,mustFire,mustNotFire
                Big company,90,Acme,PAGE_VIEW x3@-1d,yes,a,90,3,none,LEAD,none,NURTURE_AWARENESS,none,\
                T-FIT; T-STAGE,T-NEVER
                """);

        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.error()).isNull();
        assertThat(result.checks()).extracting(Check::member).containsExactly("valid", "fit.grade", "stage",
                "priority", "nextActions", "score", "fit.score", "engagement.score", "dataQuality", "firedRules[T-FIT]",
                "firedRules[T-STAGE]", "firedRules[T-NEVER]");
        assertThat(result.firedRuleIds()).contains("T-FIT", "T-ENGAGEMENT", "T-STAGE").doesNotContain("T-NEVER");
    }

    @Test
    void aRowThatDiffersReportsEachDifferenceWithExpectedAndActual() {
        ScenarioResult result = single("""
                name,companySize,expectGrade,expectFitScore,expectNextActions,expectStage
                Small company,50,A,60-70,NURTURE_AWARENESS,LEAD
                """);

        assertThat(result.passed()).isFalse();
        assertThat(result.failedChecks()).containsExactly(
                new Check("expectGrade", "fit.grade", "A", "B", false),
                new Check("expectNextActions", "nextActions", "NURTURE_AWARENESS",
                        "NURTURE_AWARENESS; VERIFY_CONTACT_DATA", false),
                new Check("expectFitScore", "fit.score", "60-70", "50", false));
        assertThat(result.describe()).isEqualTo("row 2 'Small company': fit.grade: expected A, was B; "
                + "nextActions: expected NURTURE_AWARENESS, was NURTURE_AWARENESS; VERIFY_CONTACT_DATA; "
                + "fit.score: expected 60-70, was 50");
    }

    @Test
    void scoreRangesIncludeBothEnds() {
        ScenarioReport report = run("""
                name,companySize,expectFitScore
                Low end,50,50-60
                High end,60,50 - 60
                Dots,55,50..60
                En dash,55,50\u201360
                Above,61,50-60
                """);

        assertThat(report.results()).extracting(ScenarioResult::passed).containsExactly(true, true, true, true, false);
    }

    @Test
    void noneExpectsNoValueOrAnEmptyList() {
        ScenarioResult result = single("""
                name,companySize,expectScore,expectTemperature,expectEngagementScore,expectFindings
                Nothing there,90,none,NONE,none,none
                """);

        assertThat(result.checks()).containsExactly(
                new Check("expectTemperature", "temperature", "NONE", "none", true),
                new Check("expectScore", "score", "none", "none", true),
                new Check("expectEngagementScore", "engagement.score", "none", "0", false),
                new Check("expectFindings", "dataQuality", "none", "MISSING_COMPANY", false));
    }

    @Test
    void findingsMustBePresentAndRuleIdsMustExist() {
        ScenarioResult result = single("""
                name,companySize,expectFindings,mustFire,mustNotFire
                Firings,90,MISSING_COMPANY; EMAIL_INVALID,T-NEVER; NO-SUCH-RULE,T-STAGE
                """);

        assertThat(result.checks()).containsExactly(
                new Check("expectFindings", "dataQuality[MISSING_COMPANY]", "present", "present", true),
                new Check("expectFindings", "dataQuality[EMAIL_INVALID]", "present",
                        "absent (findings: MISSING_COMPANY)", false),
                new Check("mustFire", "firedRules[T-NEVER]", "fired", "not fired", false),
                new Check("mustFire", "firedRules[NO-SUCH-RULE]", "fired",
                        "no rule of the rule set has this id", false),
                new Check("mustNotFire", "firedRules[T-STAGE]", "not fired", "fired", false));
    }

    @Test
    void aBlankAsOfIsTheFixedDefaultInstant() {
        ScenarioReport report = run("""
                name,asOf,activities,expectEngagementScore
                Default asOf,,PAGE_VIEW@2026-01-15T12:00:00Z; PAGE_VIEW@2026-01-15T12:00:01Z,1
                Later asOf,2026-02-01T00:00:00Z,PAGE_VIEW@2026-01-15T12:00:00Z; PAGE_VIEW@2026-01-15T12:00:01Z,2
                """);

        assertThat(report.allPassed()).as(report.summary()).isTrue();
        assertThat(ScenarioRunner.DEFAULT_AS_OF).hasToString("2026-01-15T12:00:00Z");
    }

    @Test
    void consentAndObjectionMakeTheLeadInvalidAsWritten() {
        ScenarioReport report = run("""
                name,consent,profilingObjection,expectValid
                Consented by default,,,yes
                Objection,yes,yes,no
                Objection without any consent record,none,yes,no
                Consent maybe,maybe,,yes
                """);

        assertThat(report.results()).extracting(ScenarioResult::passed).containsExactly(true, true, false, false);
        assertThat(report.results().get(2).error()).startsWith("row 4, column profilingObjection: an objection needs");
        assertThat(report.results().get(3).error()).isEqualTo("row 5, column consent: 'maybe' is not yes, no or none");
    }

    @Test
    void anUnreadableRowFailsAloneWithItsErrorAndTheOtherRowsStillRun() {
        ScenarioReport report = run("""
                name,companySize,activities,expectScore,expectGrade
                Bad size,lots,,,B
                Bad event,10,DEMO@x,,B
                Fine,10,,,B
                ,10,,,B
                Bad score,10,,sixty,B
                Nothing to check,10,,,
                """);

        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(5);
        assertThat(report.results()).extracting(ScenarioResult::error).containsExactly(
                "row 2, column companySize: 'lots' is not a whole number",
                "row 3, column activities: 'DEMO@x' has 'x' after @, which is neither an offset like -2d, -36h, "
                        + "-90m, +1d, a range like -1d..-20d nor an instant like 2026-11-20T10:00:00Z",
                null,
                "row 5: the scenario has no name; every row with values needs a name in the 'name' column",
                "row 6, column expectScore: 'sixty' is not a score: write 63, a range like 60-70, or none",
                "row 7: the scenario checks nothing; fill at least one expect..., mustFire or mustNotFire cell");
        assertThat(report.summary()).startsWith("Test.scenarios.csv: 6 scenarios, 1 passed, 5 failed")
                .contains("row 2 'Bad size': column companySize: 'lots' is not a whole number")
                .contains("row 5 '': the scenario has no name");
    }

    @Test
    void theReportListsTheRulesNoScenarioFiredInTheOrderOfTheSet() {
        ScenarioReport report = run("""
                name,companySize,company,expectGrade
                Big company,90,Acme,A
                No company,10,,B
                """);

        assertThat(report.rulesNotFired()).containsExactly("T-OBJECTION", "T-NEVER");
    }

    @Test
    void aRuleFiredByAScenarioOfAnyFileIsNotListedForTheWholeRun() {
        ScenarioReport objection = run("""
                name,consent,profilingObjection,expectValid
                Objection,yes,yes,no
                """);
        ScenarioReport company = run("""
                name,companySize,company,expectGrade
                Big company,90,Acme,A
                """);

        assertThat(objection.rulesNotFired()).containsExactly("T-FIT", "T-NEVER");
        assertThat(company.rulesNotFired()).containsExactly("T-NO-COMPANY", "T-OBJECTION", "T-NEVER");
        assertThat(ScenarioReport.rulesNotFiredByAny(List.of(objection, company))).containsExactly("T-NEVER");
        assertThat(ScenarioReport.rulesNotFiredByAny(List.of())).isEmpty();
    }

    @Test
    void anXlsxScenarioFileRunsLikeACsvFile() {
        byte[] workbook = XlsxScenarioReaderTest.workbook(wb -> {
            Sheet sheet = wb.createSheet("Scenarios");
            XlsxScenarioReaderTest.header(sheet, "Name", "Company size", "Expect valid", "Expect fit score");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("From a workbook");
            row.createCell(1).setCellValue(90);
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellValue(90);
        });

        ScenarioReport report = runner.run(TestRules.compiled(), new RuleFile("Book.scenarios.xlsx", workbook));

        assertThat(report.allPassed()).as(report.summary()).isTrue();
        assertThat(report.results()).singleElement().extracting(ScenarioResult::name).isEqualTo("From a workbook");
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefused() {
        assertThatThrownBy(() -> runner.run(TestRules.compiled(), csv("Scenarios.txt", "name\n")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("Scenarios.txt: not a scenario file: scenario files are .csv or .xlsx")
                .extracting(e -> ((ScenarioFileException) e).file()).isEqualTo("Scenarios.txt");
    }

    @Test
    void runAllRunsEveryScenarioFileOfTheRuleSetInOrder() {
        List<RuleFile> files = List.of(new RuleFile("Test.drl", TestRules.bytes(TestRules.DRL)),
                csv("B.scenarios.csv", "name,expectStage\nb,LEAD\n"),
                csv("A.scenarios.csv", "name,expectStage\na,SQL\n"));
        try (CompiledRuleSet rules = new RuleSetCompiler().compile("with-scenarios", files)) {
            List<ScenarioReport> reports = runner.runAll(rules);

            assertThat(reports).extracting(ScenarioReport::file).containsExactly("B.scenarios.csv", "A.scenarios.csv");
            assertThat(reports).extracting(ScenarioReport::allPassed).containsExactly(true, false);
        }
    }

    private ScenarioResult single(String csv) {
        return run(csv).results().get(0);
    }

    private ScenarioReport run(String csv) {
        return runner.run(TestRules.compiled(), csv("Test.scenarios.csv", csv));
    }
}
