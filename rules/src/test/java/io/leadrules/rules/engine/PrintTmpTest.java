package io.leadrules.rules.engine;
import org.junit.jupiter.api.Test;
class PrintTmpTest {
    @Test
    void print() throws Exception {
        StringBuilder out = new StringBuilder();
        HostileDrlCorpusTest.attacks().forEach(a -> out.append(a.name()).append(" -> ")
                .append(RuleSetSafetyTest.problemsOf(RuleSetCompilerTest.drl("H.drl", a.drl("/tmp/x")))).append('\n'));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/sd-messages.txt"), out);
    }
}
