package io.leadrules.rules.engine.modeltables;

import static io.leadrules.rules.engine.modeltables.ModelTablesTest.ATTRIBUTES;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.FIT_ROWS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.MAPPINGS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.PARAMETERS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.WEIGHTS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.compile;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.lead;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompilationException;
import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.EvaluationInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A model table's {@code Reason (es)} column: its translations reach the breakdown; a bad header is refused. */
class ModelTableTranslationsTest {

    @Test
    void aFitRowsTranslationReachesItsBreakdownEntry() {
        RuleFile fit = new ModelWorkbook("ProfileFit.drl.xlsx").table("Weights", "FitWeights", WEIGHTS)
                .table("Fit", "Fit", FIT_ROWS).column("Fit", "Reason (es)", "los formularios convierten").file();

        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit)) {
            var evaluation = rules.evaluate(new EvaluationInput(lead(null, Map.of("leadOrigin", "Lead Add Form")),
                    List.of(), ModelTablesTest.AS_OF));

            assertThat(evaluation.fit().breakdown()).filteredOn(e -> e.ruleId().equals("FIT-ORIGIN-FORM"))
                    .singleElement().extracting(BreakdownEntry::reason, BreakdownEntry::reasons)
                    .containsExactly("forms convert", Map.of("es", "los formularios convierten"));
        }
    }

    @Test
    void anUnknownLanguageInAModelTableIsRefusedAtItsHeader() {
        RuleFile fit = new ModelWorkbook("ProfileFit.drl.xlsx").table("Weights", "FitWeights", WEIGHTS)
                .table("Fit", "Fit", FIT_ROWS).column("Fit", "Reason (xx)", "nada").file();

        assertThatThrownBy(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit).close())
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .extracting(CompileProblem::sheet, CompileProblem::cell)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Fit", "J12")));
    }
}
