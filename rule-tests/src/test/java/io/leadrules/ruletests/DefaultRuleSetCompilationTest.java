package io.leadrules.ruletests;

import static io.leadrules.ruletests.DefaultRules.compiled;
import static io.leadrules.ruletests.DefaultRules.evaluate;
import static io.leadrules.ruletests.Explanations.firedRule;
import static io.leadrules.ruletests.Explanations.fitEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.DecisionTableWorkbook;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleInfo;
import io.leadrules.rules.engine.RuleSource;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped rule set compiles, and every rule can explain itself: id, reason and where it is written. */
class DefaultRuleSetCompilationTest {

    @Test
    void defaultRuleSetCompilesWithoutProblems() {
        assertThatCode(DefaultRules::compiled).doesNotThrowAnyException();
        assertThat(compiled().catalog().rules()).isNotEmpty();
    }

    @Test
    void theShippedRuleSetHasNoValidationWarnings() {
        assertThat(DefaultRules.compiled().warnings()).isEmpty();
    }

    @Test
    void everyRuleHasAnIdAReasonAndASource() {
        assertThat(rules()).allSatisfy(rule -> {
            assertThat(rule.ruleId()).as("rule id of %s", rule.name()).isNotBlank();
            assertThat(rule.reason()).as("reason of %s", rule.ruleId()).isNotBlank();
            assertThat(rule.source()).as("source of %s", rule.ruleId()).isNotNull();
            assertThat(rule.source().file()).as("file of %s", rule.ruleId()).isNotBlank();
        });
    }

    @Test
    void tableRulesNameTheirFileSheetAndCell() {
        List<RuleInfo> tableRules = rules().stream().filter(r -> r.source().file().endsWith(".drl.xlsx")).toList();

        assertThat(tableRules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.source().sheet()).as("sheet of %s", rule.ruleId()).isNotBlank();
            assertThat(rule.source().cell()).as("cell of %s", rule.ruleId()).matches("[A-Z]+[1-9][0-9]*");
            assertThat(rule.source().line()).as("line of %s", rule.ruleId()).isNull();
        });
        // Fit sheet, row 15 (vp, vice president, director, head): the Rule ID cell is in column B
        assertThat(compiled().catalog().byId("FIT-ROLE-SENIOR")).get().extracting(RuleInfo::source)
                .isEqualTo(RuleSource.cell("ProfileFit.drl.xlsx", "Fit", "B15"));
        assertThat(compiled().catalog().byId("FIT-ROLE-SENIOR")).get().extracting(RuleInfo::reason)
                .isEqualTo("Senior leaders own budgets");
    }

    @Test
    void drlRulesNameTheirFileAndLine() {
        List<RuleInfo> drlRules = rules().stream().filter(r -> r.source().file().endsWith(".drl")).toList();

        assertThat(drlRules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.source().line()).as("line of %s", rule.ruleId()).isPositive();
            assertThat(rule.source().sheet()).as("sheet of %s", rule.ruleId()).isNull();
        });
        // the line of `rule "STAGE-SQL ..."` in Qualification.drl
        assertThat(compiled().catalog().byId("STAGE-SQL")).get().extracting(RuleInfo::source)
                .isEqualTo(RuleSource.line("Qualification.drl", 23));
    }

    @Test
    void ruleIdsAreUnique() {
        Map<String, Long> countById = rules().stream()
                .collect(Collectors.groupingBy(RuleInfo::ruleId, LinkedHashMap::new, Collectors.counting()));

        assertThat(countById).allSatisfy((id, count) -> assertThat(count).as("rules with id %s", id).isEqualTo(1));
    }

    @Test
    void everyRuleFileOfTheDefaultSetContributesRules() {
        // Model.drl.xlsx holds parameters, attributes and mappings: values the other files' rules use, no rules
        List<String> ruleFiles = DefaultRuleSet.files().stream().map(RuleFile::name)
                .filter(name -> name.endsWith(".drl") || name.endsWith(".drl.xlsx"))
                .filter(name -> !name.equals("Model.drl.xlsx")).toList();

        assertThat(rules().stream().map(r -> r.source().file()).distinct())
                .containsExactlyInAnyOrderElementsOf(ruleFiles);
    }

    @Test
    void fitWeightsInTheWeightsSheetAreTheIssuesAndAddUpTo100() {
        DecisionTable weights = table("ProfileFit.drl.xlsx", "Weights");
        Map<String, Integer> weightByCategory = column(weights, "Category", "Weight");

        assertThat(weightByCategory).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ROLE", 30, "COMPANY_SIZE", 15, "INDUSTRY", 15, "REVENUE", 15, "NEED", 15, "SOURCE", 10));
        assertThat(weightByCategory.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void aFullMatchInEveryCategoryEarnsExactlyTheWeightsThatAddUpTo100() {
        // every category matches at 100%, so each earns round_half_up(weight x 100 / 100) = its weight
        LeadEvaluation evaluation = evaluate(LeadFixtures.idealPersona());

        assertThat(evaluation.firedRules()).extracting(r -> r.ruleId()).doesNotContain("FIT-WEIGHT-ROLE");
        Map<String, Integer> points = evaluation.fit().breakdown().stream()
                .collect(Collectors.toMap(e -> e.category(), e -> e.points()));
        assertThat(points).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ROLE", 30, "COMPANY_SIZE", 15, "INDUSTRY", 15, "REVENUE", 15, "NEED", 15, "SOURCE", 10));
        assertThat(evaluation.fit().score()).isEqualTo(100);
        assertThat(fitEntry(evaluation, "SOURCE").ruleId()).isEqualTo("FIT-SOURCE-TRUSTED");
    }

    @Test
    void scoreWeightsAre50And50AndAddUpTo100() {
        LeadEvaluation evaluation = evaluate(LeadFixtures.idealPersona());

        assertThat(evaluation.weights().fit()).isEqualTo(50);
        assertThat(evaluation.weights().engagement()).isEqualTo(50);
        assertThat(evaluation.weights().fit() + evaluation.weights().engagement()).isEqualTo(100);
        DecisionTable parameters = table("Model.drl.xlsx", "Parameters");
        assertThat(parameters.rows()).extracting(r -> parameters.value(r, "PARAMETER") + "=" + parameters.value(r, "VALUE"))
                .contains("fitWeight=50", "engagementWeight=50");
    }

    private static Collection<RuleInfo> rules() {
        return compiled().catalog().rules();
    }

    private static DecisionTable table(String file, String sheet) {
        RuleFile ruleFile = DefaultRuleSet.files().stream().filter(f -> f.name().equals(file)).findFirst()
                .orElseThrow();
        return DecisionTableWorkbook.open(ruleFile).tables().stream().filter(t -> t.sheet().equals(sheet))
                .findFirst().orElseThrow(() -> new AssertionError(file + " has no table on sheet " + sheet));
    }

    /** Two columns of a table, found by their human header, as key and whole number. */
    private static Map<String, Integer> column(DecisionTable table, String keyHeader, String valueHeader) {
        Function<String, DecisionTable.Column> byHeader = header -> table.columns().stream()
                .filter(c -> header.equals(c.header())).findFirst()
                .orElseThrow(() -> new AssertionError(table.sheet() + " has no column " + header));
        DecisionTable.Column key = byHeader.apply(keyHeader);
        DecisionTable.Column value = byHeader.apply(valueHeader);
        return table.rows().stream().collect(Collectors.toMap(row -> row.value(key),
                row -> new BigDecimal(row.value(value)).intValueExact(), (a, b) -> a, LinkedHashMap::new));
    }
}
