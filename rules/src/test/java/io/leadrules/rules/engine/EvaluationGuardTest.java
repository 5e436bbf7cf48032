package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EvaluationGuardTest {

    private static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void aRuleThatRetriggersItselfIsStoppedAndNamed() {
        RuleFile loop = RuleSetCompilerTest.drl("Loop.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-LOOP Inserts a new match for every match"
                when
                    $m : FitMatch()
                then
                    insert(new FitMatch("ROLE", $m.match() + 1, drools.getRule().getName()));
                end

                rule "FIT-SEED Starts the loop"
                when
                    Lead()
                then
                    insert(new FitMatch("ROLE", 0, drools.getRule().getName()));
                end
                """);

        try (CompiledRuleSet rules = new RuleSetCompiler().compile("t", List.of(loop))) {
            assertThatThrownBy(() -> rules.evaluate(input(lead("Director")), 500))
                    .isInstanceOf(RunawayEvaluationException.class)
                    .hasMessageContaining("after 500 rule firings")
                    .hasMessageContaining("FIT-LOOP")
                    .extracting(e -> ((RunawayEvaluationException) e).ruleId())
                    .isEqualTo("FIT-LOOP");
        }
    }

    /**
     * Two rules that each double the other's text, only for one lead, pass every upload check (no scenario and no
     * stress lead has that email) and would exhaust the service's heap in about thirty firings, far below the cap on
     * firings. The text limit of the facts stops the evaluation at once and names the rule.
     */
    @Test
    void rulesThatDoubleEachOthersTextAreStoppedAndNamedBeforeTheHeapIs() {
        RuleFile doubling = RuleSetCompilerTest.drl("Doubling.drl", """
                package leadrules.data_quality;
                import io.leadrules.rules.vocabulary.*;

                rule "DQ-SEED Starts with the email"
                when
                    $lead : Lead( email == "boom@acme-soft.com" )
                then
                    insert(new Finding("A", "lead.email", Severity.INFO, $lead.email(), drools.getRule().getName()));
                end

                rule "DQ-DOUBLE Doubles the last message"
                when
                    $f : Finding( code == "A" )
                then
                    insert(new Finding("A", "lead.email", Severity.INFO, $f.message() + $f.message(),
                            drools.getRule().getName()));
                end
                """);

        try (CompiledRuleSet rules = new RuleSetCompiler().compile("t", List.of(doubling))) {
            assertThat(rules.evaluate(input(lead("Director"))).dataQuality()).isEmpty();
            Lead boom = new Lead(null, "Ana", "Garcia", "boom@acme-soft.com", null, "Acme", "Director", null, null,
                    null, null, null, null, null, null);
            assertThatThrownBy(() -> rules.evaluate(input(boom)))
                    .isInstanceOf(RunawayEvaluationException.class)
                    .hasMessageContaining("DQ-DOUBLE")
                    .hasMessageContaining("at most 10000")
                    .extracting(e -> ((RunawayEvaluationException) e).ruleId())
                    .isEqualTo("DQ-DOUBLE");
        }
    }

    /**
     * One firing may insert many results: 50 firings of five inserts each stay under the cap of 100 firings but
     * pass the cap of 200 results, and the rule is named.
     */
    @Test
    void aRuleThatInsertsFarMoreThanItShouldIsStoppedAndNamed() {
        RuleFile many = RuleSetCompilerTest.drl("Many.drl", """
                package leadrules.data_quality;
                import io.leadrules.rules.vocabulary.*;

                rule "DQ-MANY Five findings per activity"
                when
                    $a : AgedActivity()
                then
                    insert(new Finding("A", "x", Severity.INFO, "1", drools.getRule().getName()));
                    insert(new Finding("A", "x", Severity.INFO, "2", drools.getRule().getName()));
                    insert(new Finding("A", "x", Severity.INFO, "3", drools.getRule().getName()));
                    insert(new Finding("A", "x", Severity.INFO, "4", drools.getRule().getName()));
                    insert(new Finding("A", "x", Severity.INFO, "5", drools.getRule().getName()));
                end
                """);
        List<Activity> fifty = IntStream.range(0, 50).mapToObj(i -> new Activity("a" + i, "PAGE_VIEW",
                AS_OF.minusSeconds(3_600L * i), null)).toList();

        try (CompiledRuleSet rules = new RuleSetCompiler().compile("t", List.of(many))) {
            assertThat(rules.evaluate(new EvaluationInput(lead("Director"), fifty.subList(0, 10), AS_OF), 100)
                    .firedRules()).hasSize(1);
            assertThatThrownBy(() -> rules.evaluate(new EvaluationInput(lead("Director"), fifty, AS_OF), 100))
                    .isInstanceOf(RunawayEvaluationException.class)
                    .hasMessageContaining("more than 200 results")
                    .extracting(e -> ((RunawayEvaluationException) e).ruleId())
                    .isEqualTo("DQ-MANY");
        }
    }

    @Test
    void numbersFormattedWithSeparatorsAreReadAsNumbers() {
        TableWorkbook tables = TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 1000, "Directors decide"});
        XSSFWorkbook workbook = tables.workbook();
        CellStyle thousands = workbook.createCellStyle();
        thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        Row data = workbook.getSheet("Role").getRow(10);
        data.getCell(3).setCellStyle(thousands);

        RuleFile focusFit = RuleSetCompilerTest.drl("Flow.drl", """
                package leadrules.flow;
                rule "FLOW-START Score the fit"
                when
                then
                    drools.setFocus("fit");
                end
                """);
        try (CompiledRuleSet rules = new RuleSetCompiler().compile("t",
                List.of(focusFit, new RuleFile("ProfileFit.drl.xlsx", tables.bytes())))) {
            LeadEvaluation result = rules.evaluate(input(lead("Sales Director")));
            assertThat(result.firedRules()).extracting(f -> f.ruleId()).containsExactly("FLOW-START", "FIT-ROLE-DIRECTOR");
        }
    }

    private static EvaluationInput input(Lead lead) {
        return new EvaluationInput(lead, List.of(), AS_OF);
    }

    private static Lead lead(String jobTitle) {
        return new Lead(null, "Ana", "Garcia", "ana@acme.com", null, "Acme", jobTitle, null, null, null, null, null,
                null, null, null);
    }
}
