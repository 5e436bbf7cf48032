package io.leadrules.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leadrules.app.sandbox.WorkerProtocol.Answer;
import io.leadrules.app.sandbox.WorkerProtocol.Outcome;
import io.leadrules.app.sandbox.WorkerProtocol.Request;
import io.leadrules.rules.defaults.DefaultRuleSet;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.engine.RuleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real worker processes, started by the service's own code, without Spring: the walls they run behind, and the CPU
 * and wall-clock limits stopping a busy worker (the shipped rule set takes seconds of CPU to compile, so small
 * budgets stop it mid-compilation).
 */
class SandboxWorkersTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final String SMALL_DRL = """
            package leadrules.small;
            import io.leadrules.rules.vocabulary.*;
            rule "SMALL-ONE A lead is seen"
            when
                Lead()
            then
                insert(new Finding("SEEN", "lead", Severity.INFO, "seen", drools.getRule().getName()));
            end
            """;

    private SandboxWorkers workers;

    @AfterEach
    void stop() {
        workers.destroy();
    }

    @Test
    void theWorkerRunsAsNobodyWithoutTheServicesNetwork() throws Exception {
        Assumptions.assumeTrue(isRoot(), "the worker changes user and network only when the service is root");
        workers = new SandboxWorkers(settings(Duration.ofSeconds(60), Duration.ofSeconds(120)));

        Answer answer = workers.run(request(List.of(new RuleFile("Small.drl", SMALL_DRL.getBytes(
                StandardCharsets.UTF_8)))));

        assertThat(answer.outcome()).isEqualTo(Outcome.ACCEPTED);
        long pid = workers.pid();
        assertThat(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")))
                .filteredOn(line -> line.startsWith("Uid:") || line.startsWith("Gid:"))
                .allSatisfy(line -> assertThat(line.split("\\s+")).containsOnly(line.split("\\s+")[0], "65534"));
        assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")))
                .isNotEqualTo(Files.readSymbolicLink(Path.of("/proc/self/ns/net")));
        // a root without CAP_SYS_RESOURCE (a container) may not set another user's CPU limit: the watchdog does it
        assertThat(workers.walls().missing()).allSatisfy(wall -> assertThat(wall).startsWith("a kernel CPU limit"));
        assertThat(workers.walls().rlimits()).isTrue();
    }

    @Test
    void aWorkerPastItsCpuBudgetIsStoppedAndNamedCpu() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "the CPU watchdog reads /proc (Linux)");
        workers = new SandboxWorkers(settings(Duration.ofSeconds(1), Duration.ofSeconds(300)));

        WorkerFailure failure = catchThrowableOfType(WorkerFailure.class,
                () -> workers.run(request(DefaultRuleSet.files())));

        assertThat(failure.limit()).isEqualTo("cpu");
        assertThat(failure.after()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aWorkerPastItsWallClockIsKilledAndAFreshOneIsStarted() throws Exception {
        workers = new SandboxWorkers(settings(Duration.ofSeconds(300), Duration.ofSeconds(1)));

        WorkerFailure failure = catchThrowableOfType(WorkerFailure.class,
                () -> workers.run(request(DefaultRuleSet.files())));

        assertThat(failure.limit()).isEqualTo("wall-clock");
        assertThat(failure.after()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(freshWorker()).isNotNull();
    }

    /** The replacement the failed job left starting in the background, once it is ready. */
    private Long freshWorker() throws InterruptedException {
        for (int i = 0; i < 600 && workers.pid() == null; i++) {
            Thread.sleep(100);
        }
        return workers.pid();
    }

    @Test
    void aRuleThatRetriggersItselfIsRefusedAtTheFiringCap() throws Exception {
        workers = new SandboxWorkers(settings(Duration.ofSeconds(60), Duration.ofSeconds(120)));
        String loop = SMALL_DRL.replace("Lead()", "Finding()").replace("SMALL-ONE", "SMALL-LOOP");
        List<RuleFile> files = new ArrayList<>(List.of(new RuleFile("Small.drl", SMALL_DRL.getBytes(
                StandardCharsets.UTF_8)), new RuleFile("Loop.drl", loop.replace("leadrules.small",
                "leadrules.loop").getBytes(StandardCharsets.UTF_8))));

        Answer answer = workers.run(request(files));

        assertThat(answer.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answer.limit()).isEqualTo("firings");
        assertThat(answer.detail()).contains("SMALL-LOOP");
    }

    /** An expression of 20,000 terms overflows the stack of whoever reads it: a refusal naming the limit, not a crash. */
    @Test
    void anExpressionTooDeepToReadIsRefusedAtTheStackNotACrashedWorker() throws Exception {
        workers = new SandboxWorkers(settings(Duration.ofSeconds(60), Duration.ofSeconds(120)));
        String deep = SMALL_DRL.replace("insert(new Finding(\"SEEN\", \"lead\", Severity.INFO, \"seen\",",
                "insert(new FitScore(" + "1 + ".repeat(20_000) + "1,").replace("drools.getRule().getName()));",
                "drools.getRule().getName()));");

        Answer answer = workers.run(request(List.of(new RuleFile("Deep.drl", deep.getBytes(StandardCharsets.UTF_8)))));

        assertThat(answer.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answer.limit()).isEqualTo("stack");
    }

    private static SandboxSettings settings(Duration cpu, Duration wallClock) {
        return new SandboxSettings(null, null, null, null, null, cpu, wallClock, null, null, null, null, null, null,
                false);
    }

    private static Request request(List<RuleFile> files) {
        return new Request(files.stream().map(WorkerProtocol.File::of).toList(), NOW,
                RuleSetCompiler.DEFAULT_MAX_RULES, 2_000, CompiledRuleSet.DEFAULT_MAX_FIRINGS, 5_000);
    }

    private static boolean isRoot() throws IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
