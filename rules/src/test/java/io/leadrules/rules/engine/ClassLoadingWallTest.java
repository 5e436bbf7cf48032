package io.leadrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.safety.ClassLoadingWall;
import io.leadrules.rules.scenario.ScenarioReport;
import io.leadrules.rules.scenario.ScenarioRunner;
import io.leadrules.rules.vocabulary.Lead;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second wall: a rule set's generated classes resolve every class they name through {@link ClassLoadingWall}.
 * Shown with the bytecode check switched off through the package-private seam, so only the wall stands.
 */
class ClassLoadingWallTest {

    @TempDir
    Path temp;

    @Test
    void aConsequenceThatReachesPastTheBytecodeCheckCannotLoadJavaIoFile() {
        Path marker = temp.resolve("pwned");
        String drl = HostileBytecodeTest.drl("Lead()", "new java.io.File(\"" + marker + "\").createNewFile();");

        Throwable thrown = catchThrowable(() -> {
            try (CompiledRuleSet rules = HostileBytecodeTest.compile(drl, false)) {
                rules.evaluate(new EvaluationInput(lead(), List.of(), Instant.EPOCH));
            }
        });

        assertThat(causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOfAny(NoClassDefFoundError.class, ClassNotFoundException.class)
                .hasMessageMatching("(?s).*java[./]io[./]File.*"));
        assertThat(marker).doesNotExist();
    }

    @Test
    void aConsequenceThatStartsAProcessPastTheBytecodeCheckCannotLoadProcessBuilder() {
        Path marker = temp.resolve("pwned");
        String drl = HostileBytecodeTest.drl("Lead()",
                "new ProcessBuilder(\"touch\", \"" + marker + "\").start().waitFor();");

        Throwable thrown = catchThrowable(() -> {
            try (CompiledRuleSet rules = HostileBytecodeTest.compile(drl, false)) {
                rules.evaluate(new EvaluationInput(lead(), List.of(), Instant.EPOCH));
            }
        });

        assertThat(causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOfAny(NoClassDefFoundError.class, ClassNotFoundException.class)
                .hasMessageContaining("ProcessBuilder"));
        assertThat(marker).doesNotExist();
    }

    @Test
    void theWallResolvesTheVocabularyAndRefusesEverythingElse() throws ClassNotFoundException {
        ClassLoadingWall wall = new ClassLoadingWall(getClass().getClassLoader());

        assertThat(wall.loadClass("io.leadrules.rules.vocabulary.Lead")).isSameAs(Lead.class);
        assertThat(wall.loadClass("java.lang.String")).isSameAs(String.class);
        assertThat(catchThrowable(() -> wall.loadClass("java.lang.ProcessBuilder")))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(catchThrowable(() -> wall.loadClass("java.lang.Runtime"))).isInstanceOf(ClassNotFoundException.class);
        assertThat(catchThrowable(() -> wall.loadClass("io.leadrules.rules.engine.RuleSetCompiler")))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(catchThrowable(() -> wall.loadClass("org.kie.api.KieServices")))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theShippedRuleSetPassesBothWallsAndItsScenarios() {
        try (CompiledRuleSet rules = new RuleSetCompiler().compile(DefaultRuleSet.VERSION, DefaultRuleSet.files())) {
            List<ScenarioReport> reports = new ScenarioRunner().runAll(rules);

            assertThat(reports).isNotEmpty().allSatisfy(report -> assertThat(report.failures()).isEmpty());
            assertThat(reports.stream().mapToInt(ScenarioReport::passed).sum()).isEqualTo(83);
            assertThat(loaders(rules.container().getClassLoader())).hasAtLeastOneElementOfType(ClassLoadingWall.class);
        }
    }

    private static List<ClassLoader> loaders(ClassLoader loader) {
        List<ClassLoader> chain = new ArrayList<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            chain.add(l);
        }
        return chain;
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static Lead lead() {
        return new Lead(null, "Ana", "Garcia", "ana@acme.com", null, "Acme", "CTO", null, null, null, null, null,
                null, null, null);
    }
}
