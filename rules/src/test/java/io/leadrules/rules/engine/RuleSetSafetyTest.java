package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Lead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile rule sets: each is refused at the line or cell that holds the attack, before anything is built. */
class RuleSetSafetyTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            exit the JVM                 | System.exit(1);                                                  | System
            run a command                | Runtime.getRuntime().exec("touch /tmp/pwned");                   | Runtime
            start a process              | new ProcessBuilder("touch", "/tmp/pwned").start();               | ProcessBuilder
            write a file by full name    | java.nio.file.Files.writeString(null, "x");                      | java.nio.
            open a socket by full name   | new java.net.Socket("localhost", 80);                            | java.net.
            load a class                 | Object o = Class.forName("java.lang.Runtime");                    | Class
            reach the class loader       | Object o = $lead.getClass();                                     | getClass
            start a thread               | new Thread(() -> {}).start();                                    | Thread
            loop forever                 | while (true) { }                                                 | while
            allocate a huge array        | long[] a = new long[1000000000];                                 | new long[
            use a class literal          | Object o = String.class;                                         | class
            take over the session        | drools.getKieRuntime().halt();                                   | getKieRuntime
            blow the heap with text      | String s = "x".repeat(2000000000);                               | repeat
            hide System in an escape     | \\u0053ystem.exit(1);                                            | \\u
            """)
    void codeThatReachesOutsideTheVocabularyIsRefusedAtItsLine(String attack, String consequence, String token) {
        RuleFile drl = RuleSetCompilerTest.drl("Hostile.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-HOSTILE Looks innocent"
                when
                    $lead : Lead()
                then
                    %s
                end
                """.formatted(consequence.replace("\\\\", "\\")));

        assertThat(problemsOf(drl)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("Hostile.drl");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).containsAnyOf(token.replace("\\\\", "\\"), "not allowed");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            import a file class          | import java.io.File;                          | java.io.File
            import a static method       | import static java.lang.System.exit;          | import static
            import a function            | import function java.lang.System.exit;        | import function
            declare a global             | global java.util.List leaked;                 | global
            declare a function           | function void boom() { }                      | function
            declare a type               | declare Evil name : String end                | declare
            """)
    void declarationsOutsideTheVocabularyAreRefusedAtTheirLine(String attack, String declaration, String token) {
        RuleFile drl = RuleSetCompilerTest.drl("Hostile.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;
                %s

                rule "FIT-PLAIN A plain rule"
                when
                    Lead()
                then
                end
                """.formatted(declaration));

        assertThat(problemsOf(drl)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains(token.startsWith("import") ? token : "not allowed");
        });
    }

    @Test
    void aRuleThatWouldCreateAFileIsRefusedAndTheFileIsNeverCreated(@TempDir Path folder) {
        Path target = folder.resolve("pwned.txt");
        RuleFile drl = RuleSetCompilerTest.drl("Hostile.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-HOSTILE Creates a file whenever it fires"
                when
                    Lead()
                then
                    java.nio.file.Files.createFile(java.nio.file.Path.of("%s"));
                end
                """.formatted(target.toString().replace("\\", "/")));

        assertThatThrownBy(() -> compiler.compile("t", List.of(drl))).isInstanceOf(RuleSetCompilationException.class);
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void hostileCodeInATablesTechnicalRowIsRefusedAtTheSnippetCell() {
        RuleFile table = new RuleFile("ProfileFit.drl.xlsx", new TableWorkbook().sheet("Role", "leadrules.fit", "fit",
                new String[] {"NAME", "CONDITION", "ACTION"},
                new String[] {"", "l : Lead", ""},
                new String[] {"", "Text.containsAnyWord(jobTitle, \"$param\")", "System.exit($param);"},
                new String[] {"Rule ID", "Job title contains any of", "Match"},
                new Object[] {"FIT-ROLE-DIRECTOR", "director", 80}).bytes());

        assertThat(problemsOf(table)).anySatisfy(p -> {
            assertThat(p.sheet()).isEqualTo("Role");
            assertThat(p.cell()).isEqualTo("D9");
            assertThat(p.message()).containsAnyOf("'System' is not allowed",
                    "must read 'insert(new FitMatch(\"ROLE\", $param, drools.getRule().getName()));'");
        });
    }

    @Test
    void anImportOfAFileClassInASheetIsRefusedAtTheImportCell() {
        TableWorkbook workbook = TableWorkbook.roleTable(new Object[] {"FIT-ROLE-DIRECTOR", "director", 80, "Why"});
        workbook.workbook().getSheet("Role").getRow(2).getCell(1).setCellValue("io.leadrules.rules.vocabulary.*, java.io.File");

        assertThat(problemsOf(new RuleFile("ProfileFit.drl.xlsx", workbook.bytes()))).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("B3");
            assertThat(p.message()).containsAnyOf("importing 'java.io.File' is not allowed",
                    "must read 'io.leadrules.rules.vocabulary.*'");
        });
    }

    @Test
    void theMatchesOperatorInATableIsRefusedAtTheSnippetCellNamingTheHelper() {
        // a developer table (no shipped kind lives in this package), so the DRL allow-list, not a template, judges it
        RuleFile table = new RuleFile("ProfileFit.drl.xlsx", new TableWorkbook().sheet("Role", "leadrules.custom", "fit",
                new String[] {"NAME", "CONDITION", "ACTION"},
                new String[] {"", "l : Lead", ""},
                new String[] {"", "email matches \"$param\"", "insert(new FitMatch(\"ROLE\", $param, "
                        + "drools.getRule().getName()));"},
                new String[] {"Rule ID", "Email pattern", "Match"},
                new Object[] {"FIT-ROLE-ANY", "(a*)*b", 80}).bytes());

        assertThat(problemsOf(table)).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Role");
            assertThat(p.cell()).isEqualTo("C9");
            assertThat(p.message()).contains("'matches' is not allowed", "Text.matchesPattern");
        });
    }

    @Test
    void regularExpressionsRunThroughTheLinearTimeHelper() {
        RuleFile drl = RuleSetCompilerTest.drl("Pattern.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-ROLE-PATTERN Directors by pattern"
                when
                    Lead( Text.matchesPattern(jobTitle, ".*[Dd]irector.*") )
                then
                    insert(new FitMatch("ROLE", 80, drools.getRule().getName()));
                end
                """);

        try (CompiledRuleSet rules = compiler.compile("t", List.of(drl))) {
            assertThat(rules.evaluate(new EvaluationInput(leadWithJobTitle("Sales Director"), List.of(),
                    Instant.EPOCH)).firedRules()).extracting(f -> f.ruleId()).containsExactly("FIT-ROLE-PATTERN");
        }
    }

    @Test
    void aPatternThatIsNotAValidExpressionIsRefusedAtItsLine() {
        RuleFile drl = RuleSetCompilerTest.drl("Pattern.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-ROLE-PATTERN Directors by pattern"
                when
                    Lead( Text.matchesPattern(email, "(a*)*\\\\1@x") )
                then
                end
                """);

        assertThat(problemsOf(drl)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("is not a valid regular expression for Text.matchesPattern");
        });
    }

    @Test
    void aRuleSetWithMoreRulesThanTheCapIsRefusedBeforeAnythingIsBuilt() {
        String rule = """
                rule "FIT-%d One of many"
                when
                    Lead()
                then
                end
                """;
        StringBuilder drl = new StringBuilder("package leadrules.fit;\nimport io.leadrules.rules.vocabulary.*;\n");
        for (int i = 1; i <= 4; i++) {
            drl.append(rule.formatted(i));
        }

        assertThatThrownBy(() -> new RuleSetCompiler(3).compile("t",
                List.of(RuleSetCompilerTest.drl("Many.drl", drl.toString()))))
                .isInstanceOf(RuleSetCompilationException.class)
                .extracting(e -> ((RuleSetCompilationException) e).problems())
                .satisfies(problems -> assertThat(problems).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("has 4 rules", "at most 3")));
        try (CompiledRuleSet atTheCap = new RuleSetCompiler(4).compile("t",
                List.of(RuleSetCompilerTest.drl("Many.drl", drl.toString())))) {
            assertThat(atTheCap.catalog().rules()).hasSize(4);
        }
    }

    @Test
    void wordsInsideTextAndCommentsAreNotCode() {
        RuleFile drl = RuleSetCompilerTest.drl("Plain.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;
                // System admins and Thread moderators are buyers too: File this under "Role"

                rule "FIT-SYSADMIN System administrators decide on tooling"
                    @reason("System administrators choose the tools; they Runtime-test them")
                when
                    Lead( Text.containsAnyWord(jobTitle, "System Administrator, File Clerk") )
                then
                    insert(new FitMatch("ROLE", 70, drools.getRule().getName()));
                end
                """);

        try (CompiledRuleSet rules = compiler.compile("t", List.of(drl))) {
            assertThat(rules.evaluate(new EvaluationInput(leadWithJobTitle("Senior System Administrator"), List.of(),
                    Instant.EPOCH)).firedRules())
                    .extracting(f -> f.ruleId()).containsExactly("FIT-SYSADMIN");
        }
    }

    /**
     * The explanation and the decision record name every point by its Rule ID. A DRL rule named after a shipped table
     * row's ID ("FIT-ROLE-SENIOR" plus a sentence: another rule name, the same ID) would have an auditor read points
     * that row never gave; it is refused at its line, naming the row it borrows the ID of.
     */
    @Test
    void aRuleCannotBorrowTheRuleIdOfAnotherRule() {
        List<RuleFile> files = new java.util.ArrayList<>(DefaultRuleSet.files());
        files.add(RuleSetCompilerTest.drl("Forged.drl", """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;

                rule "FIT-ROLE-SENIOR Looks like the table row"
                    ruleflow-group "fit"
                when
                    Lead()
                then
                    insert(new FitMatch("ROLE", 100, drools.getRule().getName()));
                end
                """));

        assertThatThrownBy(() -> new RuleSetCompiler().compile("t", files).close())
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("Forged.drl");
                            assertThat(p.line()).isEqualTo(4);
                            assertThat(p.message()).contains("'FIT-ROLE-SENIOR'", "ProfileFit.drl.xlsx, sheet Fit");
                        }));
    }

    private static Lead leadWithJobTitle(String jobTitle) {
        return new Lead(null, null, null, null, null, null, jobTitle, null, null, null, null, null, null, null, null);
    }

    static List<CompileProblem> problemsOf(RuleFile file) {
        try (CompiledRuleSet compiled = new RuleSetCompiler().compile("t", List.of(file))) {
            throw new AssertionError("expected the rule set to be refused, but it compiled: " + compiled.version());
        } catch (RuleSetCompilationException e) {
            return e.problems();
        }
    }
}
