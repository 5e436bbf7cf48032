package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks written as a hostile rule author would, one slot of an otherwise plain rule at a time. Each must be
 * refused before anything is built, at the file and line that hold it; those that would create a file must leave
 * none (metadata and attributes are evaluated while building, consequences while scoring).
 */
class HostileDrlCorpusTest {

    private static final String TEMPLATE = """
            package leadrules.fit;
            import io.leadrules.rules.vocabulary.*;
            %s

            rule "FIT-HOSTILE Looks innocent"
                %s
            when
                $lead : Lead( %s )
                %s
            then
                %s
            end
            """;
    private static final int DECLARATION = 3;
    private static final int ATTRIBUTE = 6;
    private static final int CONSTRAINT = 8;
    private static final int CONDITION = 9;
    private static final int CONSEQUENCE = 11;
    private static final String TOUCH = "java.lang.Runtime.getRuntime().exec(\"touch TARGET\")";

    @TempDir
    Path folder;

    /** {@code below}: how many lines below its slot the attack's refused part sits. */
    record Attack(String name, int slot, String code, int below) {

        Attack(String name, int slot, String code) {
            this(name, slot, code, 0);
        }

        int line() {
            return slot + below;
        }

        String drl(String target) {
            String[] slots = {"", "", "", "", ""};
            slots[List.of(DECLARATION, ATTRIBUTE, CONSTRAINT, CONDITION, CONSEQUENCE).indexOf(slot)] =
                    code.replace("TARGET", target);
            return TEMPLATE.formatted((Object[]) slots);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Attack> attacks() {
        return Stream.of(
                new Attack("qualified name split over a line break", CONSEQUENCE,
                        "Object o = new java\n        .beans.XMLDecoder(null);"),
                new Attack("qualified static call", CONSEQUENCE, TOUCH + ";"),
                new Attack("dialect mvel for the package", DECLARATION, "dialect \"mvel\""),
                new Attack("dialect mvel for the rule", ATTRIBUTE, "dialect \"mvel\""),
                new Attack("eval", CONDITION, "eval( " + TOUCH + " != null )"),
                new Attack("from an expression", CONDITION, "Lead() from " + TOUCH),
                new Attack("accumulate with inline code", CONDITION, "Number() from accumulate( Lead( $s : companySize ),"
                        + " init( int i = 0; ), action( i++; ), result( i ) )"),
                new Attack("groupby with code in its key", CONDITION,
                        "groupby( $l : Lead() ; " + TOUCH + " ; $c : count() )"),
                new Attack("accumulate with an unknown function", CONDITION,
                        "accumulate( Lead( $s : companySize ); $x : evil( $s ) )"),
                new Attack("import accumulate", DECLARATION, "import accumulate java.lang.Object evil;"),
                new Attack("import function", DECLARATION, "import function java.lang.System.exit;"),
                new Attack("import static", DECLARATION, "import static java.lang.System.exit;"),
                new Attack("function declared on the import line", DECLARATION,
                        "import java.util.List; function void boom() { System.exit(1); }"),
                new Attack("global", DECLARATION, "global java.util.List leaked;"),
                new Attack("recursive query", DECLARATION, "query loop(Object x) loop(x;) end"),
                new Attack("declare with code", DECLARATION,
                        "declare Evil name : String = " + TOUCH + ".toString() end"),
                new Attack("salience as an expression", ATTRIBUTE, "salience ($lead.hashCode())"),
                new Attack("enabled as an expression", ATTRIBUTE, "enabled (" + TOUCH + " != null)"),
                new Attack("duration", ATTRIBUTE, "duration (1000)"),
                new Attack("timer", ATTRIBUTE, "timer (int: 1s 1s)"),
                new Attack("date-effective", ATTRIBUTE, "date-effective \"1-Jan-2020\""),
                new Attack("metadata with an expression", ATTRIBUTE, "@reason(" + TOUCH + ")"),
                new Attack("metadata other than reason", ATTRIBUTE, "@owner(\"x\")"),
                new Attack("catastrophic regular expression", CONSTRAINT, "email matches \"(a*)*\\\\1@x\""),
                new Attack("soundslike", CONSTRAINT, "jobTitle soundslike \"director\""),
                new Attack("str operator", CONSTRAINT, "email str[startsWith] \"a\""),
                new Attack("temporal operator", CONSTRAINT, "this after $lead"),
                new Attack("inline cast", CONSTRAINT, "jobTitle#Object != null"),
                new Attack("reflection in a constraint", CONSTRAINT, "$lead.getClass().getName() != null"),
                new Attack("qualified name in a constraint", CONSTRAINT, TOUCH + " != null"),
                new Attack("entry point", CONDITION, "Lead() from entry-point \"leads\""),
                new Attack("sliding window", CONDITION, "Lead() over window:length( 10 )"),
                new Attack("while loop", CONSEQUENCE, "while (true) { }"),
                new Attack("for loop", CONSEQUENCE, "for (;;) { }"),
                new Attack("do loop", CONSEQUENCE, "do { } while (true);"),
                new Attack("try/catch", CONSEQUENCE, "try { insert($lead); } catch (RuntimeException e) { }"),
                new Attack("throw", CONSEQUENCE, "throw new IllegalStateException();"),
                new Attack("synchronized", CONSEQUENCE, "synchronized ($lead) { insert($lead); }"),
                new Attack("anonymous class", CONSEQUENCE, "Object o = new Object() { };"),
                new Attack("local class", CONSEQUENCE, "class Evil { }"),
                new Attack("lambda", CONSEQUENCE, "insert((Comparable<String>) s -> 0);"),
                new Attack("method reference", CONSEQUENCE, "insert((Comparable<String>) String::length);"),
                new Attack("array", CONSEQUENCE, "Object o = new long[1000000000];"),
                new Attack("class literal", CONSEQUENCE, "Object o = String.class;"),
                new Attack("drools.getKieRuntime()", CONSEQUENCE, "drools.getKieRuntime().halt();"),
                new Attack("kcontext", CONSEQUENCE, "kcontext.getKieRuntime().halt();"),
                new Attack("this.getClass()", CONSEQUENCE, "Object o = this.getClass();"),
                new Attack("getClass on a fact", CONSEQUENCE, "Object o = $lead.getClass().getClassLoader();"),
                new Attack("waiting on a fact", CONSEQUENCE, "$lead.wait();"),
                new Attack("Thread.sleep", CONSEQUENCE, "Thread.sleep(15000);"),
                new Attack("ScriptEngineManager", CONSEQUENCE, "new ScriptEngineManager();"),
                new Attack("java.lang.invoke", CONSEQUENCE, "java.lang.invoke.MethodHandles.lookup();"),
                new Attack("update instead of insert", CONSEQUENCE, "update($lead);"),
                new Attack("modify block", CONSEQUENCE, "modify($lead) { setEmail(\"x\") }"),
                new Attack("named consequence", CONSEQUENCE, "insert($lead);\nthen[evil]\n    insert($lead);", 1),
                new Attack("unicode escape", CONSEQUENCE, "\\u0053ystem.exit(1);"),
                new Attack("annotation in code", CONSEQUENCE, "@SuppressWarnings(\"x\") int i = 0;"),
                new Attack("switch", CONSEQUENCE, "switch (1) { default: insert($lead); }"),
                new Attack("labeled block", CONSEQUENCE, "evil: { insert($lead); }"));
    }

    /** Drools' expression parser alone would skip it; the rule parser refuses it as a syntax error at its line. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"companySize == 1 " + TOUCH, "$size : companySize " + TOUCH})
    void codeAfterAComparisonIsRefusedAtItsLineAndCreatesNoFile(String constraint) {
        Path target = folder.resolve("pwned");
        Attack attack = new Attack("code after a comparison", CONSTRAINT, constraint);

        List<CompileProblem> problems = RuleSetSafetyTest.problemsOf(RuleSetCompilerTest.drl("Hostile.drl",
                attack.drl(target.toString())));

        assertThat(problems).extracting(CompileProblem::line).containsOnly(CONSTRAINT);
        assertThat(Files.exists(target)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedAtItsLineAndCreatesNoFile(Attack attack) {
        Path target = folder.resolve("pwned");
        RuleFile drl = RuleSetCompilerTest.drl("Hostile.drl", attack.drl(target.toString().replace("\\", "/")));

        List<CompileProblem> problems = RuleSetSafetyTest.problemsOf(drl);

        assertThat(problems).as(problems.toString()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("Hostile.drl");
            assertThat(p.line()).isEqualTo(attack.line());
            assertThat(p.message()).contains("not allowed");
        });
        assertThat(Files.exists(target)).isFalse();
    }
}
