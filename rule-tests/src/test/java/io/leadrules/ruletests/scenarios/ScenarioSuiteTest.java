package io.leadrules.ruletests.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleInfo;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.scenario.Check;
import io.leadrules.rules.scenario.ScenarioRebaseline;
import io.leadrules.rules.scenario.ScenarioReport;
import io.leadrules.rules.scenario.ScenarioResult;
import io.leadrules.rules.scenario.ScenarioRunner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenario suite that ships with the default rule set (default-ruleset/*.scenarios.csv): every scenario must
 * pass, there are at least 40 of them, and together they fire every rule of the set. The expectations were worked
 * out by hand from the scoring model in ISSUE-2, so this checks the rules against the spec, not against themselves.
 */
class ScenarioSuiteTest {

    private static CompiledRuleSet rules;
    private static List<ScenarioReport> reports;

    @BeforeAll
    static void compileTheDefaultRuleSetAndRunItsScenarios() {
        rules = new RuleSetCompiler().compile(DefaultRuleSet.VERSION, DefaultRuleSet.files());
        reports = new ScenarioRunner().runAll(rules);
    }

    @AfterAll
    static void releaseTheRuleSet() {
        rules.close();
    }

    @Test
    void everyShippedScenarioPasses() {
        assertThat(reports).isNotEmpty();
        String failures = reports.stream().filter(report -> !report.allPassed()).map(ScenarioReport::summary)
                .collect(Collectors.joining(System.lineSeparator()));
        assertThat(failures).as("failing scenarios").isEmpty();
    }

    @Test
    void theSuiteHasAtLeastFortyScenariosWithDistinctNames() {
        List<String> names = results().stream().map(ScenarioResult::name).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates().allMatch(name -> !name.isBlank());
        assertThat(reports).extracting(ScenarioReport::file).contains("DefaultScenarios.scenarios.csv");
    }

    @Test
    void togetherTheScenariosFireEveryRuleOfTheDefaultSet() {
        Set<String> fired = results().stream().flatMap(result -> result.firedRuleIds().stream())
                .collect(Collectors.toSet());
        Set<String> neverFired = rules.catalog().rules().stream().map(RuleInfo::ruleId)
                .filter(id -> !fired.contains(id)).collect(Collectors.toCollection(TreeSet::new));

        assertThat(neverFired).as("rules no shipped scenario fires: add a scenario for each").isEmpty();
        assertThat(ScenarioReport.rulesNotFiredByAny(reports)).as("the report's rulesNotFired").isEmpty();
        assertThat(reports).allSatisfy(report -> assertThat(report.rulesNotFired()).isEmpty());
    }

    @Test
    void aWrongExpectationIsReportedAsAFailureWithExpectedAndActual() {
        RuleFile wrong = new RuleFile("Wrong.scenarios.csv", ("""
                name,jobTitle,email,company,industry,companySize,annualRevenue,source,productInterest,activities,\
                expectGrade,expectScore,expectStage,mustNotFire
                Deliberately wrong,Marketing Director,ana@acme-soft.com,Acme Soft,SOFTWARE,250,12000000,\
                ORGANIC_SEARCH,crm-suite,DEMO_REQUESTED@-2d,B,70-80,SQL,STAGE-SQL
                """).getBytes(StandardCharsets.UTF_8));

        ScenarioReport report = new ScenarioRunner().run(rules, wrong);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.results().get(0).failedChecks()).containsExactly(
                new Check("expectGrade", "fit.grade", "B", "A", false),
                new Check("expectScore", "score", "70-80", "63", false),
                new Check("mustNotFire", "firedRules[STAGE-SQL]", "not fired", "fired", false));
        assertThat(report.summary()).contains("row 2 'Deliberately wrong': fit.grade: expected B, was A");

        RuleFile rebaselined = ScenarioRebaseline.of(rules, wrong).file();
        assertThat(new ScenarioRunner().run(rules, rebaselined).allPassed()).isTrue();
    }

    @Test
    void theShippedScenariosRebaselinedAgainstTheShippedRulesAreTheSameBytes() {
        RuleFile shipped = DefaultRuleSet.files().stream().filter(RuleFile::isScenarios).findFirst().orElseThrow();

        ScenarioRebaseline.Rebaselined rebaselined = ScenarioRebaseline.of(rules, shipped);

        assertThat(rebaselined.changes()).isEmpty();
        assertThat(rebaselined.file().content()).isEqualTo(shipped.content());
    }

    private static List<ScenarioResult> results() {
        return reports.stream().flatMap(report -> report.results().stream()).toList();
    }
}
