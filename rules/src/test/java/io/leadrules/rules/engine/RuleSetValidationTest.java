package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetValidationTest {

    @Test
    void rowsWithoutReasonOrRuleIdAndRowsThatRepeatAnEarlierRowAreWarnedAboutAtTheirCells() {
        RuleFile table = new RuleFile("ProfileFit.drl.xlsx", TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide"},
                new Object[] {"FIT-ROLE-HEAD", "head", 80, ""},
                new Object[] {"", "manager", 60, "Managers influence"},
                new Object[] {"FIT-ROLE-DIRECTOR-AGAIN", "Director", 90, "A second director row"}).bytes());

        try (CompiledRuleSet rules = new RuleSetCompiler().compile("t", List.of(table))) {
            assertThat(rules.warnings()).extracting(ValidationWarning::cell, ValidationWarning::ruleId)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("E12", "FIT-ROLE-HEAD"),
                            org.assertj.core.groups.Tuple.tuple("B13", null),
                            org.assertj.core.groups.Tuple.tuple("B14", "FIT-ROLE-DIRECTOR-AGAIN"));
            assertThat(rules.warnings().get(0).message()).contains("has no Reason");
            assertThat(rules.warnings().get(1).message()).contains("has no Rule ID");
            assertThat(rules.warnings().get(2).message()).contains("exactly the conditions of row 11 (FIT-ROLE-DIRECTOR)");
        }
    }

    @Test
    void aDrlRuleWithAnIdButNoSentenceIsWarnedAboutAtItsLine() {
        RuleFile drl = RuleSetCompilerTest.drl("Stage.drl", """
                package leadrules.qualification;
                import io.leadrules.rules.vocabulary.*;

                rule "STAGE-LEAD"
                when
                then
                end
                """);

        try (CompiledRuleSet rules = new RuleSetCompiler().compile("t", List.of(drl))) {
            assertThat(rules.warnings()).singleElement().satisfies(w -> {
                assertThat(w.line()).isEqualTo(4);
                assertThat(w.message()).contains("has an id but no sentence");
            });
        }
    }
}
