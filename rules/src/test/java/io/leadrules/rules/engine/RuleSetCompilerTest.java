package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.vocabulary.Lead;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

class RuleSetCompilerTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @Test
    void aWordInANumericCellIsReportedAtItsCell() {
        RuleFile table = new RuleFile("ProfileFit.drl.xlsx", TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide"},
                new Object[] {"FIT-ROLE-MANAGER", "manager", "ten", "Managers influence"}).bytes());

        List<CompileProblem> problems = problemsOf(List.of(table));

        assertThat(problems).containsExactly(CompileProblem.inCell("ProfileFit.drl.xlsx", "Role", "D12",
                CompileMessage.of("cell.notNumber", "ten")));
        assertThat(problems.get(0).message()).isEqualTo("\"ten\" is not a number");
    }

    @Test
    void aTableWhoseActionColumnWasDeletedIsRefusedNamingTheSheet() {
        RuleFile table = new RuleFile("Custom.drl.xlsx", new TableWorkbook().sheet("Role", "leadrules.custom", "fit",
                new String[] {"NAME", "CONDITION", "METADATA"}, new String[] {"", "l : Lead", ""},
                new String[] {"", "Text.containsAnyWord(jobTitle, \"$param\")", "reason(\"$param\")"},
                new String[] {"Rule ID", "Job title contains any of", "Reason"},
                new Object[] {"FIT-ROLE-DIRECTOR", "director", "Directors decide"}).bytes());

        assertThat(problemsOf(List.of(table))).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Role");
            assertThat(p.message()).contains("table 'Role' has no column that says what a row does")
                    .contains("a column is missing");
        });
    }

    @Test
    void aDoubleQuoteOrBackslashInATextCellIsEscapedAndStaysInTheValue() {
        RuleFile table = new RuleFile("ProfileFit.drl.xlsx", TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Say \"yes\") \\ no"}).bytes());

        try (CompiledRuleSet rules = compiler.compile("t", List.of(table))) {
            assertThat(rules.catalog().byId("FIT-ROLE-DIRECTOR")).get().extracting(RuleInfo::reason)
                    .isEqualTo("Say \"yes\") \\ no");
        }
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() {
        RuleFile drl = drl("Broken.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-BROKEN A rule with a typo"
                when
                    Lead( companySize >>= 10 )
                then
                end
                """);

        assertThat(problemsOf(List.of(drl)))
                .first()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("Broken.drl");
                    assertThat(p.line()).isEqualTo(6);
                });
    }

    @Test
    void anUnknownFactTypeInDrlNamesTheFileAndLine() {
        RuleFile drl = drl("Unknown.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-UNKNOWN-TYPE Uses a type that does not exist"
                when
                    Prospect( size > 10 )
                then
                end
                """);

        assertThat(problemsOf(List.of(drl)))
                .first()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("Unknown.drl");
                    assertThat(p.line()).isNotNull();
                    assertThat(p.message()).containsIgnoringCase("Prospect");
                });
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedByName() {
        RuleFile notExcel = new RuleFile("ProfileFit.drl.xlsx", "name,points\nx,1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(problemsOf(List.of(notExcel)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("ProfileFit.drl.xlsx");
                    assertThat(p.message()).contains("not a readable XLSX workbook");
                });
    }

    @Test
    void aFileOfAnotherKindIsRejected() {
        assertThatThrownBy(() -> compiler.compile("t", List.of(drl("notes.txt", "hello"))))
                .hasMessageContaining("notes.txt: not a rule file");
    }

    @Test
    void anEmptyRuleSetIsRejected() {
        assertThatThrownBy(() -> compiler.compile("t", List.of()))
                .hasMessageContaining("no DRL file and no decision table");
    }

    @Test
    void aRuleIdUsedTwiceIsRejectedNamingBothPlaces() {
        RuleFile table = new RuleFile("ProfileFit.drl.xlsx", TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-X", "director", 80, "Directors decide"},
                new Object[] {"FIT-ROLE-X", "manager", 60, "Managers influence"}).bytes());

        assertThat(problemsOf(List.of(table)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.cell()).isEqualTo("B12");
                    assertThat(p.message()).contains("FIT-ROLE-X").contains("cell B11");
                });
    }

    @Test
    void tableRulesAreCataloguedWithTheirRuleIdCellAndReason() {
        RuleFile table = new RuleFile("ProfileFit.drl.xlsx", TableWorkbook.roleTable(
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide"}).bytes());

        try (CompiledRuleSet rules = compiler.compile("t", List.of(table))) {
            assertThat(rules.catalog().rules()).singleElement().isEqualTo(new RuleInfo("FIT-ROLE-DIRECTOR",
                    "FIT-ROLE-DIRECTOR", "Directors decide", "FIT", RuleSource.cell("ProfileFit.drl.xlsx", "Role", "B11")));
        }
    }

    @Test
    void drlRulesAreCataloguedWithTheirLineAndSentence() {
        RuleFile drl = drl("Stage.drl", """
                package leadrules.qualification;
                import io.leadrules.rules.vocabulary.*;

                rule "STAGE-LEAD Everyone else is a lead"
                when
                then
                end
                """);

        try (CompiledRuleSet rules = compiler.compile("t", List.of(drl))) {
            assertThat(rules.catalog().byId("STAGE-LEAD")).contains(new RuleInfo("STAGE-LEAD",
                    "STAGE-LEAD Everyone else is a lead", "Everyone else is a lead", "QUALIFICATION",
                    RuleSource.line("Stage.drl", 4)));
        }
    }

    @Test
    void theSameFilesAlwaysHaveTheSameHashAndAChangedByteChangesIt() {
        RuleFile a = drl("A.drl", "package leadrules.fit;");
        RuleFile b = drl("B.drl", "package leadrules.fit;\n");
        assertThat(CompiledRuleSet.hash(List.of(a, b))).isEqualTo(CompiledRuleSet.hash(List.of(b, a)));
        assertThat(CompiledRuleSet.hash(List.of(a, b)))
                .isNotEqualTo(CompiledRuleSet.hash(List.of(a, drl("B.drl", "package leadrules.fit; "))));
    }

    /**
     * The JDK's class loaders remember every class name ECJ asks them for while compiling; generated names that
     * changed with every build (they hash the release id) grew that cache by ~0.2 MB per compilation, for good.
     */
    @Test
    void compilingTheSameFilesAgainGeneratesTheSameClassNamesAndLeavesNoModuleInTheKieRepository() {
        List<RuleFile> files = List.of(drl("Stage.drl", """
                package leadrules.qualification;
                import io.leadrules.rules.vocabulary.*;

                rule "STAGE-LEAD Everyone else is a lead"
                when
                    Lead()
                then
                end
                """));

        try (CompiledRuleSet first = compiler.compile("1", files);
             CompiledRuleSet second = compiler.compile("2", files)) {
            assertThat(generatedClasses(first)).isNotEmpty().isEqualTo(generatedClasses(second));
            assertThat(KieServices.get().getRepository().getKieModule(first.releaseId())).isNull();
            first.close();
            assertThat(first.isClosed()).isTrue();
            assertThat(second.isClosed()).isFalse();
            Lead lead = new Lead(null, "Ana", "Garcia", "ana@acme.com", null, "Acme", "CTO", null, null, null, null,
                    null, null, null, null);
            assertThat(second.evaluate(new EvaluationInput(lead, List.of(), Instant.EPOCH)).firedRules())
                    .extracting(FiredRule::ruleId).containsExactly("STAGE-LEAD");
        }
    }

    /** Every build has the same release id: a set must keep its own rules when another one is compiled or closed. */
    @Test
    void setsCompiledOneAfterTheOtherKeepTheirOwnRules() {
        String drl = """
                package leadrules.qualification;
                import io.leadrules.rules.vocabulary.*;

                rule "%s"
                when
                    Lead(%s)
                then
                end
                """;
        Lead lead = new Lead(null, "Ana", "Garcia", "ana@acme.com", null, "Acme", "CTO", null, null, null, null,
                null, null, null, null);
        EvaluationInput input = new EvaluationInput(lead, List.of(), Instant.EPOCH);

        try (CompiledRuleSet first = compiler.compile("1", List.of(drl("Stage.drl",
                drl.formatted("STAGE-LEAD Everyone is a lead", ""))))) {
            CompiledRuleSet second = compiler.compile("2", List.of(drl("Stage.drl",
                    drl.formatted("STAGE-MQL A lead with a company", "company != null"))));
            assertThat(second.evaluate(input).firedRules()).extracting(FiredRule::ruleId).containsExactly("STAGE-MQL");
            second.close();
            assertThat(first.evaluate(input).firedRules()).extracting(FiredRule::ruleId).containsExactly("STAGE-LEAD");
        }
    }

    /**
     * A package of 1,000 rules or more: Drools splits its rule list over generated {@code RulesSupplier} classes,
     * which the bytecode check refused until it knew them (a Points table of 1,000 rows could not be uploaded). The
     * rules still compile, fire and keep their ids; nothing else gains the interface.
     */
    @Test
    void aPackageOfMoreThanAThousandRulesCompilesAndFires() {
        StringBuilder drl = new StringBuilder("package leadrules.engagement;\nimport io.leadrules.rules.vocabulary.*;\n");
        for (int size = 1; size <= 1_050; size++) {
            drl.append("rule \"ENG-SIZE-").append(size).append(" A company of ").append(size)
                    .append("\"\nwhen\n    Lead(companySize == ").append(size).append(")\nthen\nend\n");
        }
        Lead lead = new Lead(null, "Ana", "Garcia", "ana@acme.com", null, "Acme", "CTO", null, 1_042, null, null,
                null, null, null, null);

        try (CompiledRuleSet rules = compiler.compile("t", List.of(drl("Big.drl", drl.toString())))) {
            assertThat(rules.evaluate(new EvaluationInput(lead, List.of(), Instant.EPOCH)).firedRules())
                    .extracting(FiredRule::ruleId).containsExactly("ENG-SIZE-1042");
            assertThat(rules.catalog().byId("ENG-SIZE-1")).isPresent();
        }
    }

    private static Set<String> generatedClasses(CompiledRuleSet rules) {
        KieContainerImpl container = (KieContainerImpl) rules.container();
        InternalKieModule module = (InternalKieModule) container.getKieModuleForKBase(
                container.getKieBaseNames().iterator().next());
        return module.getFileNames().stream().filter(name -> name.endsWith(".class")).collect(Collectors.toSet());
    }

    /** The problems compiling these files reports; fails the test when they compile. */
    private List<CompileProblem> problemsOf(List<RuleFile> files) {
        try (CompiledRuleSet compiled = compiler.compile("t", files)) {
            throw new AssertionError("expected compile problems, but the rule set compiled: " + compiled.version());
        } catch (RuleSetCompilationException e) {
            return e.problems();
        }
    }

    static RuleFile drl(String name, String text) {
        return new RuleFile(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
