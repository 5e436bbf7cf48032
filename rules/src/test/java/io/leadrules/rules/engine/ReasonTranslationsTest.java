package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Lead;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule's reason in several languages: the {@code Reason (es)} column of any table and {@code @reason_es} in DRL,
 * resolved when the set compiles and carried by the evaluation; a header that is not a known language is refused at
 * its cell, and a translation is data, never code.
 */
class ReasonTranslationsTest {

    private static final Lead DIRECTOR = new Lead(null, "Ana", "Garcia", "ana@acme.com", null, "Acme",
            "Sales Director", null, null, null, null, null, null, null, null);

    /** Gives the fit group the focus, as the shipped Flow.drl does. */
    private static final String FLOW = """
            package leadrules.flow;
            rule "FLOW-START Score fit"
                salience 1000
            when
            then
                drools.setFocus("fit");
            end
            """;

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @Test
    void aReasonColumnPerLanguageCompilesAndItsReasonsReachTheEvaluation() {
        RuleFile table = roleTable("Reason (es)", new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide",
                "Los directores deciden"});

        try (CompiledRuleSet rules = compiler.compile("t", List.of(table, drl("Flow.drl", FLOW)))) {
            assertThat(rules.catalog().byId("FIT-ROLE-DIRECTOR")).get().satisfies(info -> {
                assertThat(info.reason()).isEqualTo("Directors decide");
                assertThat(info.reasons()).containsExactly(Map.entry("es", "Los directores deciden"));
            });
            LeadEvaluation evaluation = rules.evaluate(new EvaluationInput(DIRECTOR, List.of(), Instant.EPOCH));
            FiredRule fired = evaluation.firedRules().stream().filter(r -> r.ruleId().equals("FIT-ROLE-DIRECTOR"))
                    .findFirst().orElseThrow();
            assertThat(fired.reason()).isEqualTo("Directors decide");
            assertThat(fired.reasons()).containsExactly(Map.entry("es", "Los directores deciden"));
        }
    }

    @Test
    void theHeaderIsReadWhateverItsCaseAndSpacingAndAnEmptyTranslationFallsBack() {
        RuleFile table = roleTable("  reason(ES) ",
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide", "Deciden"},
                new Object[] {"FIT-ROLE-MANAGER", "manager", 40, "Managers influence", null});

        try (CompiledRuleSet rules = compiler.compile("t", List.of(table))) {
            assertThat(rules.catalog().byId("FIT-ROLE-DIRECTOR").orElseThrow().reasons()).containsEntry("es", "Deciden");
            assertThat(rules.catalog().byId("FIT-ROLE-MANAGER").orElseThrow().reasons()).isEmpty();
        }
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheHeaderCell() {
        for (String header : List.of("Reason (zz)", "Reason (es-ES)", "Reason (en)", "Reason (<script>)")) {
            RuleFile table = roleTable(header, new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide",
                    "Deciden"});

            assertThat(problemsOf(table)).as(header).singleElement().satisfies(p -> {
                assertThat(p.cell()).isEqualTo("F10");
                assertThat(p.message()).contains("is not a translation column").contains("Reason (es)");
            });
        }
    }

    @Test
    void aHeaderWrittenAsCodeOrWithControlCharactersIsRefusedAtItsCell() {
        for (String header : List.of("Reason (es)\"); drop", "Reason (e\u0000s)", "Reason (es)\u0007")) {
            RuleFile table = roleTable(header, new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide",
                    "Deciden"});

            assertThat(problemsOf(table)).as(header).singleElement().satisfies(p -> {
                assertThat(p.cell()).isEqualTo("F10");
                assertThat(p.message()).contains("is not a translation column").doesNotContain("\u0000");
            });
        }
    }

    @Test
    void aTranslationThatLooksLikeCodeStaysItsText() {
        String attack = "\"); System.exit(1); (\" \\u0022 ${x}";
        RuleFile table = roleTable("Reason (es)", new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide",
                attack});

        try (CompiledRuleSet rules = compiler.compile("t", List.of(table))) {
            assertThat(rules.catalog().byId("FIT-ROLE-DIRECTOR").orElseThrow().reasons()).containsEntry("es", attack);
        }
    }

    @Test
    void aTranslationOnTwoLinesIsRefusedAtItsCell() {
        RuleFile table = roleTable("Reason (es)", new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide",
                "Los directores\ndeciden"});

        assertThat(problemsOf(table)).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("F11");
            assertThat(p.message()).contains("put it on one line");
        });
    }

    @Test
    void aTranslationWithoutTheReasonColumnItTranslatesIsRefused() {
        RuleFile table = new RuleFile("Custom.drl.xlsx", new TableWorkbook().sheet("Role", "leadrules.custom", "fit",
                new String[] {"NAME", "CONDITION", "ACTION", ""}, new String[] {"", "l : Lead", "", ""},
                new String[] {"", "Text.containsAnyWord(jobTitle, \"$param\")",
                        "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));", ""},
                new String[] {"Rule ID", "Job title contains any of", "Match", "Reason (es)"},
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Deciden"}).bytes());

        assertThat(problemsOf(table)).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("E10");
            assertThat(p.message()).contains("which it does not have").contains("add a column headed Reason");
        });
    }

    @Test
    void aDrlRuleCarriesItsTranslationsAndAnUnknownLanguageIsRefused() {
        String drl = """
                package leadrules.qualification;
                import io.leadrules.rules.vocabulary.*;

                rule "STAGE-LEAD Everyone else is a lead"
                    @reason("Everyone else is a lead")
                    @%s("Todos los demás son leads")
                when
                then
                end
                """;
        try (CompiledRuleSet rules = compiler.compile("t", List.of(drl("Stage.drl", drl.formatted("reason_es"))))) {
            FiredRule fired = rules.evaluate(new EvaluationInput(DIRECTOR, List.of(), Instant.EPOCH)).firedRules()
                    .get(0);
            assertThat(fired.reasons()).containsExactly(Map.entry("es", "Todos los demás son leads"));
        }

        assertThat(problemsOf(drl("Stage.drl", drl.formatted("reason_zz")))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'@reason_zz' is not allowed"));
    }

    /** The shipped Role table's columns, then a column with the given header and no technical cells. */
    private static RuleFile roleTable(String languageHeader, Object[]... rows) {
        return new RuleFile("ProfileFit.drl.xlsx", new TableWorkbook().sheet("Role", "leadrules.fit", "fit",
                new String[] {"NAME", "CONDITION", "ACTION", "METADATA", ""},
                new String[] {"", "l : Lead", "", "", ""},
                new String[] {"", "Text.containsAnyWord(jobTitle, \"$param\")",
                        "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));", "reason(\"$param\")", ""},
                new String[] {"Rule ID", "Job title contains any of", "Match (0-100)", "Reason", languageHeader},
                rows).bytes());
    }

    private List<CompileProblem> problemsOf(RuleFile file) {
        try (CompiledRuleSet compiled = compiler.compile("t", List.of(file))) {
            throw new AssertionError("expected compile problems, but the rule set compiled: " + compiled.version());
        } catch (RuleSetCompilationException e) {
            return e.problems();
        }
    }

    private static RuleFile drl(String name, String text) {
        return new RuleFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
