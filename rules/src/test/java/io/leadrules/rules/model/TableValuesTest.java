package io.leadrules.rules.model;

import static io.leadrules.rules.model.ShippedWorkbook.edited;
import static io.leadrules.rules.model.ShippedWorkbook.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.defaults.LegacyRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Visible cells are values: a text that tries to end its string literal stays a text. Proved by compiling it, and
 * scoring a lead whose field is exactly that text: the row matches, and the code in it never runs (a JVM that ran
 * {@code System.exit} would not finish the test).
 */
class TableValuesTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @ParameterizedTest
    @ValueSource(strings = {
            "x\"); System.exit(0); (\"",
            "x\\\"); System.exit(0); (\"",
            "x\\",
            "$param\"); System.exit(0); //"})
    void aTextThatTriesToEndItsStringLiteralStaysAValue(String attack) {
        try (CompiledRuleSet rules = compiler.compile("escaped", edited("ProfileFit.drl.xlsx",
                set("Industry", "C14", attack).andThen(set("Industry", "E14", "Reason: " + attack))))) {
            LeadEvaluation evaluation = rules.evaluate(new EvaluationInput(lead(attack), List.of(), NOW));

            assertThat(evaluation.firedRules()).filteredOn(r -> r.ruleId().equals("FIT-INDUSTRY-CORE"))
                    .singleElement().extracting(FiredRule::reason).isEqualTo("Reason: " + attack);
            assertThat(rules.evaluate(new EvaluationInput(lead("SOFTWARE"), List.of(), NOW)).firedRules())
                    .extracting(FiredRule::ruleId).doesNotContain("FIT-INDUSTRY-CORE");
        }
    }

    @Test
    void theShippedRuleSetHasNoDeveloperTable() {
        try (CompiledRuleSet rules = compiler.compile("1", LegacyRuleSet.files())) {
            assertThat(rules.developerTables()).isEmpty();
        }
    }

    @Test
    void aTableOutsideTheKnownKindsIsAcceptedAndReportedAsADeveloperTable() {
        try (CompiledRuleSet rules = compiler.compile("developer", edited("ProfileFit.drl.xlsx",
                set("Source", "B9", "RuleTable Origin").andThen(set("Source", "C12", "Text.isOneOf(source, \"$param\") "
                        + "|| Text.isOneOf(country, \"$param\")"))))) {
            assertThat(rules.developerTables()).singleElement().satisfies(table -> {
                assertThat(table.file()).isEqualTo("ProfileFit.drl.xlsx");
                assertThat(table.sheet()).isEqualTo("Source");
                assertThat(table.name()).isEqualTo("Origin");
                assertThat(table.ruleSet()).isEqualTo("leadrules.fit");
            });
            assertThat(rules.developerTables()).noneMatch(t -> t.kind().isPresent());
            assertThat(rules.catalog().byId("FIT-SOURCE-TRUSTED")).isPresent();
        }
    }

    @Test
    void aKnownTableMovedToAnotherPackageIsADeveloperTable() {
        try (CompiledRuleSet rules = compiler.compile("developer", edited("ProfileFit.drl.xlsx",
                set("Grades", "B5", "leadrules.grading")))) {
            assertThat(rules.developerTables()).extracting(DecisionTable::name).containsExactly("Grades");
        }
    }

    private static Lead lead(String industry) {
        return new Lead("L-1", "Ana", "Garcia", "ana@acme.com", null, "Acme", "CTO", industry, 500, null, "ES",
                "REFERRAL", null, null, new Consent(true, false, "v1", NOW));
    }
}
