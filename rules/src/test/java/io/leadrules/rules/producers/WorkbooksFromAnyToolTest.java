package io.leadrules.rules.producers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.DecisionTableWorkbook;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleInfo;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workbook written by any tool compiles exactly as the same content written by Apache POI: the same rules (ids,
 * names, reasons, cells) and the same evaluation of every lead. The fixtures are real round trips through openpyxl,
 * exceljs and LibreOffice, and the traits Excel and a Google Sheets download write (see {@code like_tools.py}).
 */
class WorkbooksFromAnyToolTest {

    private static CompiledRuleSet poi;

    @BeforeAll
    static void compilePoiWrittenTwins() {
        poi = new RuleSetCompiler().compile("1", ProducerFixtures.ruleSet("source"));
    }

    @AfterAll
    static void close() {
        poi.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"openpyxl", "exceljs", "libreoffice", "excel-like", "google-sheets-like"})
    void aWorkbookSavedByTheToolCompilesToTheSameRulesAndScoresAsItsPoiTwin(String tool) {
        try (CompiledRuleSet rules = new RuleSetCompiler().compile("1", ProducerFixtures.ruleSet(tool))) {
            assertThat(List.copyOf(rules.catalog().rules())).containsExactlyElementsOf(poi.catalog().rules());
            for (EvaluationInput lead : ProducerLeads.all()) {
                assertThat(rules.evaluate(lead)).as(lead.lead().externalId()).isEqualTo(poi.evaluate(lead));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"openpyxl", "exceljs", "libreoffice", "excel-like", "google-sheets-like"})
    void everyTableOfTheToolsWorkbooksReadsCellForCellAsItsPoiTwin(String tool) {
        for (RuleFile twin : ProducerFixtures.ruleSet("source")) {
            if (twin.isDecisionTable()) {
                DecisionTableWorkbook read = DecisionTableWorkbook.open(ProducerFixtures.workbook(tool, twin.name()));
                DecisionTableWorkbook expected = DecisionTableWorkbook.open(twin);
                assertThat(read.tables()).as(twin.name()).isNotEmpty().containsExactlyElementsOf(expected.tables());
                assertThat(read.problems()).as(twin.name()).isEmpty();
            }
        }
    }

    @Test
    void thePoiTwinsReadTheMergedPatternTheDateAndTheNumbersStoredAsText() {
        assertThat(poi.catalog().byId("TRAIT-LAUNCH-DAY")).get().extracting(RuleInfo::reason, r -> r.source().cell())
                .containsExactly("Launch-day sign-ups are checked by hand", "B14");
        assertThat(firedIds(poi.evaluate(ProducerLeads.signedUpOnLaunchDay()))).contains("TRAIT-LAUNCH-DAY")
                .doesNotContain("TRAIT-LARGE-SPRING");
        assertThat(firedIds(poi.evaluate(ProducerLeads.largeCompanySignedUpOnTheFirstOfApril())))
                .contains("TRAIT-LARGE-SPRING").doesNotContain("TRAIT-LAUNCH-DAY");
        assertThat(firedIds(poi.evaluate(ProducerLeads.smallCompanySignedUpOnLaunchDay())))
                .doesNotContain("TRAIT-LAUNCH-DAY", "TRAIT-LARGE-SPRING");
    }

    @Test
    void aToolWhoseFixtureIsMissingFailsRatherThanPassing() {
        assertThatThrownBy(() -> ProducerFixtures.ruleSet("no-such-tool"))
                .hasMessageContaining("producers/no-such-tool/").hasMessageContaining("make-fixtures.sh");
    }

    private static List<String> firedIds(LeadEvaluation evaluation) {
        return evaluation.firedRules().stream().map(FiredRule::ruleId).toList();
    }
}
