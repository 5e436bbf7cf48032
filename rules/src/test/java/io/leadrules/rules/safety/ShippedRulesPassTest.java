package io.leadrules.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.DecisionTableWorkbook;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.modeltables.ModelTables;
import io.leadrules.rules.engine.modeltables.ModelTranslation;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Version 1 is what the allow-list was derived from: every written DRL file of it passes, once its parameters
 * ({@code ${mqlScoreAtLeast}}) are inlined from the shipped model tables as the compiler inlines them.
 */
class ShippedRulesPassTest {

    @Test
    void everyShippedDrlFileIsAllowed() {
        List<CompileProblem> problems = new ArrayList<>();
        List<DecisionTable> modelTables = DefaultRuleSet.files().stream().filter(RuleFile::isDecisionTable)
                .flatMap(f -> DecisionTableWorkbook.open(f).tables().stream())
                .filter(DecisionTable::isModelTable).toList();
        ModelTranslation model = ModelTables.translate(modelTables, problems);
        for (RuleFile file : DefaultRuleSet.files()) {
            if (file.isDrl()) {
                DrlReview review = DrlPolicy.review(model.substitute(file.name(),
                        new String(file.content(), StandardCharsets.UTF_8), problems));
                assertThat(problems).as(file.name()).isEmpty();
                assertThat(review.violations()).as(file.name()).isEmpty();
                assertThat(review.readable()).as(file.name()).isTrue();
                assertThat(review.ruleCount()).as(file.name()).isPositive();
            }
        }
    }
}
