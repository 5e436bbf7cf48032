package io.leadrules.rules.backtest.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.backtest.ObservedLead;
import io.leadrules.rules.backtest.ObservedLead.RulePoints;
import io.leadrules.rules.backtest.Roc;
import io.leadrules.rules.backtest.UndefinedMetricException;
import io.leadrules.rules.backtest.UndefinedMetricException.Reason;
import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Suggested points on generated leads whose conversion only demo requests and senior roles drive. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestedPointsTest {

    private final List<RuleFile> files = DefaultRuleSet.files();
    private CompiledRuleSet original;
    private List<GeneratedLeads.Generated> leads;
    private List<ObservedLead> observed;
    private Suggestion suggestion;

    @BeforeAll
    void observeGeneratedLeadsWithTheShippedRules() {
        original = new RuleSetCompiler().compile("1", files);
        leads = GeneratedLeads.generate(1500, 20261122L);
        observed = GeneratedLeads.observe(original, leads);
        suggestion = SuggestedPoints.suggest(files, observed);
    }

    @AfterAll
    void close() {
        original.close();
    }

    @Test
    void theRowsThatDriveConversionGetMoreThanTheNeutralOnes() {
        Map<String, SuggestedValue> values = byCell();
        assertThat(number(values, "FIT-ROLE-SENIOR")).isEqualTo(100);
        assertThat(number(values, "FIT-ROLE-SENIOR")).isGreaterThan(number(values, "FIT-ROLE-EXECUTIVE"))
                .isGreaterThan(number(values, "FIT-ROLE-MANAGER"));
        assertThat(number(values, "FIT-WEIGHT-ROLE")).isGreaterThan(number(values, "FIT-WEIGHT-INDUSTRY"))
                .isGreaterThan(number(values, "FIT-WEIGHT-SOURCE"));
        assertThat(number(values, "ENG-DEMO_REQUESTED")).isGreaterThan(number(values, "ENG-EMAIL_OPEN"))
                .isGreaterThan(number(values, "ENG-PAGE_VIEW")).isLessThanOrEqualTo(40);
        assertThat(values.get("FIT-ROLE-SENIOR").coefficient())
                .isGreaterThan(values.get("FIT-INDUSTRY-CORE").coefficient() + 1);
    }

    @Test
    void theSuggestedWeightsStillAddUpTo100AndMatchStaysBetween0And100() {
        int weights = suggestion.values().stream().filter(v -> v.ruleId().startsWith("FIT-WEIGHT-"))
                .mapToInt(v -> Integer.parseInt(v.suggested())).sum();
        assertThat(weights).isEqualTo(100);
        assertThat(suggestion.values()).filteredOn(v -> v.sheet().equals("Fit"))
                .allSatisfy(v -> assertThat(Integer.parseInt(v.suggested())).isBetween(0, 100));
    }

    @Test
    void theSuggestedWorkbooksCompileAndScoreTheHoldoutAtLeastAsWellAsTheOriginal() {
        try (CompiledRuleSet suggested = new RuleSetCompiler().compile("suggested", suggestion.files())) {
            List<Integer> holdout = suggestion.holdout();
            boolean[] converted = new boolean[holdout.size()];
            double[] before = new double[holdout.size()];
            double[] after = new double[holdout.size()];
            for (int k = 0; k < holdout.size(); k++) {
                GeneratedLeads.Generated lead = leads.get(holdout.get(k));
                converted[k] = lead.converted();
                before[k] = original.evaluate(lead.input()).score();
                after[k] = suggested.evaluate(lead.input()).score();
            }
            double originalAuc = Roc.auc(before, converted).auc();
            double suggestedAuc = Roc.auc(after, converted).auc();
            assertThat(holdout).hasSizeBetween(380, 520);
            assertThat(suggestedAuc).as("suggested AUC %s against the original's %s", suggestedAuc, originalAuc)
                    .isGreaterThanOrEqualTo(originalAuc);
        }
    }

    @Test
    void exactlyTheSuggestedCellsChangeAndNothingElseInTheWorkbooks() {
        Set<String> written = new TreeSet<>();
        for (int f = 0; f < files.size(); f++) {
            if (!files.get(f).isDecisionTable()) {
                assertThat(suggestion.files().get(f).content()).isEqualTo(files.get(f).content());
                continue;
            }
            Map<String, String> before = WorkbookReading.cells(files.get(f));
            Map<String, String> after = WorkbookReading.cells(suggestion.files().get(f));
            assertThat(after.keySet()).isEqualTo(before.keySet());
            String file = files.get(f).name();
            before.forEach((cell, value) -> {
                if (!value.equals(after.get(cell))) {
                    written.add(file + " " + cell + " " + after.get(cell).split(" \\| ")[0]);
                    assertThat(after.get(cell).substring(after.get(cell).indexOf(" | ")))
                            .as("style and comment of %s", cell).isEqualTo(value.substring(value.indexOf(" | ")));
                }
            });
        }
        assertThat(suggestion.changes()).isNotEmpty();
        assertThat(written).isEqualTo(suggestion.changes().stream()
                .map(v -> v.file() + " " + v.sheet() + "!" + v.cell() + " " + v.suggested())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(suggestion.diff().changedFiles()).containsExactlyInAnyOrderElementsOf(suggestion.changes()
                .stream().map(SuggestedValue::file).distinct().toList());
    }

    @Test
    void theSameDataGiveTheSameSuggestion() {
        Suggestion again = SuggestedPoints.suggest(files, observed);
        assertThat(again.values()).isEqualTo(suggestion.values());
        assertThat(again.holdout()).isEqualTo(suggestion.holdout());
        assertThat(again.fit()).isEqualTo(suggestion.fit());
        assertThat(Arrays.equals(again.zip(), suggestion.zip())).as("the same zip, byte for byte").isTrue();
    }

    @Test
    void anotherSeedHoldsOutOtherLeads() {
        Suggestion other = SuggestedPoints.suggest(files, observed, SuggestionSettings.defaults().withSeed(7));
        assertThat(other.holdout()).isNotEqualTo(suggestion.holdout());
        assertThat(other.fit().seed()).isEqualTo(7);
    }

    @Test
    void rowsThatNeverFiredKeepTheirValueForWantOfData() {
        assertThat(suggestion.unchanged()).filteredOn(u -> u.ruleId().equals("ENG-SPAM_COMPLAINT")).singleElement()
                .satisfies(u -> {
                    assertThat(u.reason()).startsWith("not enough data: it fired for 0 training lead(s)");
                    assertThat(u.current()).isEqualTo("-40");
                    assertThat(u.cell()).isEqualTo("D29");
                });
        assertThat(suggestion.values()).extracting(SuggestedValue::ruleId).doesNotContain("ENG-SPAM_COMPLAINT");
        assertThat(suggestion.fit().converged()).isTrue();
        assertThat(suggestion.fit().trainingLeads() + suggestion.fit().holdoutLeads()).isEqualTo(1500);
    }

    @Test
    void observedRuleIdsTheVersionDoesNotHaveAreIgnoredAndCounted() {
        List<ObservedLead> withStrangers = new ArrayList<>();
        for (ObservedLead lead : observed) {
            List<RulePoints> rules = new ArrayList<>(lead.rules());
            rules.add(new RulePoints("NOT-IN-THIS-VERSION", 7, 1));
            rules.add(new RulePoints("ALSO-UNKNOWN", 0, 2));
            withStrangers.add(new ObservedLead(lead.converted(), lead.score(), rules));
        }
        Suggestion strange = SuggestedPoints.suggest(files, withStrangers);
        assertThat(strange.fit().ignoredRuleIds()).isEqualTo(2);
        assertThat(suggestion.fit().ignoredRuleIds()).isZero();
        assertThat(strange.values()).isEqualTo(suggestion.values());
    }

    @Test
    void withoutConvertedLeadsThereIsNothingToLearnFrom() {
        List<ObservedLead> none = observed.stream().map(o -> new ObservedLead(false, o.score(), o.rules())).toList();
        assertThatThrownBy(() -> SuggestedPoints.suggest(files, none)).isInstanceOf(UndefinedMetricException.class)
                .extracting(e -> ((UndefinedMetricException) e).reason()).isEqualTo(Reason.NO_CONVERTED_LEADS);
    }

    @Test
    void withOnlyConvertedLeadsThereIsNothingToLearnFrom() {
        List<ObservedLead> all = observed.stream().map(o -> new ObservedLead(true, o.score(), o.rules())).toList();
        assertThatThrownBy(() -> SuggestedPoints.suggest(files, all)).isInstanceOf(UndefinedMetricException.class)
                .extracting(e -> ((UndefinedMetricException) e).reason()).isEqualTo(Reason.NO_UNCONVERTED_LEADS);
        assertThatThrownBy(() -> SuggestedPoints.suggest(files, List.of()))
                .isInstanceOf(UndefinedMetricException.class).hasMessage("no leads in the dataset");
    }

    private Map<String, SuggestedValue> byCell() {
        return suggestion.values().stream().collect(Collectors.toMap(SuggestedValue::ruleId, Function.identity()));
    }

    private static int number(Map<String, SuggestedValue> values, String ruleId) {
        assertThat(values).containsKey(ruleId);
        return Integer.parseInt(values.get(ruleId).suggested());
    }
}
