package io.leadrules.app.sandbox;

import io.leadrules.app.sandbox.WorkerProtocol.Answer;
import io.leadrules.app.sandbox.WorkerProtocol.Outcome;
import io.leadrules.app.sandbox.WorkerProtocol.Request;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker process and the watch over it while it works. A job is given a CPU budget and a wall-clock budget: a
 * watchdog reads the process's CPU time every {@link #WATCH} and kills it when it passes its budget, and the kernel
 * limit ({@code prlimit --pid}, raised before each job because RLIMIT_CPU counts the process's whole life) stops it a
 * second later if the watchdog could not. Whatever ends the process, the caller learns which wall and after how long.
 */
final class SandboxWorker {

    private static final Logger log = LoggerFactory.getLogger(SandboxWorker.class);
    private static final Duration WATCH = Duration.ofMillis(100);
    /** The JVM's exit status after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY = 3;
    /** 128 + SIGXCPU: the kernel's CPU limit. */
    private static final int CPU_SIGNAL = 128 + 24;
    private static final long TICKS_PER_SECOND = 100;

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;
    private final WorkerLauncher launcher;

    private SandboxWorker(Process process, WorkerLauncher launcher) {
        this.process = process;
        this.launcher = launcher;
        this.requests = new DataOutputStream(process.getOutputStream());
        this.answers = new DataInputStream(process.getInputStream());
    }

    /** Starts a worker and waits until it says it is ready (at most {@code startup}). */
    static SandboxWorker start(WorkerLauncher launcher, WorkerRuntime runtime, Duration startup)
            throws WorkerFailure {
        ProcessBuilder builder = new ProcessBuilder(launcher.command(runtime)).directory(runtime.work().toFile());
        builder.environment().clear();
        builder.environment().putAll(java.util.Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8",
                "HOME", runtime.work().toString()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new WorkerFailure(null, Duration.ZERO, "the worker could not be started: " + e.getMessage());
        }
        SandboxWorker worker = new SandboxWorker(process, launcher);
        worker.drainErrors();
        Answer ready = worker.await(startup, Duration.ofDays(1), () -> WorkerProtocol.read(worker.answers,
                Answer.class));
        if (ready.outcome() != Outcome.READY) {
            worker.kill();
            throw new WorkerFailure(null, Duration.ZERO, "the worker did not start as expected");
        }
        return worker;
    }

    /** Sends one rule set and waits for the verdict within these budgets. */
    Answer run(Request request, Duration cpuBudget, Duration wallClock) throws WorkerFailure {
        long cpuLimit = cpuTime().plus(cpuBudget).toSeconds() + 1;
        if (launcher.walls().cpuRaise() && !launcher.raiseCpuLimit(pid(), cpuLimit)) {
            // the previous job's limit would stay, and could stop this upload early under the wrong name
            kill();
            throw new WorkerFailure(null, Duration.ZERO, "the worker's CPU limit could not be set for this upload");
        }
        Answer answer = await(wallClock, cpuBudget, () -> {
            WorkerProtocol.write(requests, request);
            return WorkerProtocol.read(answers, Answer.class);
        });
        if (answer.outcome() == Outcome.REFUSED) {
            retire();
        }
        return answer;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void kill() {
        process.destroyForcibly();
    }

    /** A worker that refused a rule set exits by itself; it is killed if it does not within a few seconds. */
    private void retire() {
        exitStatus();
        kill();
    }

    /** The processor time the process has used so far, all threads; zero once it is gone. */
    Duration cpuTime() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }

    private interface Exchange {
        Answer perform() throws IOException;
    }

    private Answer await(Duration wallClock, Duration cpuBudget, Exchange exchange) throws WorkerFailure {
        AtomicReference<String> killedFor = new AtomicReference<>();
        Duration cpuAtStart = cpuTime();
        // the last reading the watchdog took: once the process is gone, /proc has nothing left to read
        AtomicReference<Duration> cpuSeen = new AtomicReference<>(Duration.ZERO);
        long start = System.nanoTime();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sandbox-watchdog-" + pid());
            thread.setDaemon(true);
            return thread;
        });
        watchdog.scheduleAtFixedRate(() -> {
            Duration used = cpuTime().minus(cpuAtStart);
            cpuSeen.accumulateAndGet(used, (seen, now) -> now.compareTo(seen) > 0 ? now : seen);
            if (used.compareTo(cpuBudget) > 0) {
                stop(killedFor, "cpu");
            } else if (System.nanoTime() - start > wallClock.toNanos()) {
                stop(killedFor, "wall-clock");
            }
        }, WATCH.toMillis(), WATCH.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return exchange.perform();
        } catch (IOException | RuntimeException e) {
            Duration cpu = cpuSeen.accumulateAndGet(cpuTime().minus(cpuAtStart),
                    (seen, now) -> now.compareTo(seen) > 0 ? now : seen);
            throw failure(killedFor.get(), Duration.ofNanos(System.nanoTime() - start), cpu, e);
        } finally {
            watchdog.shutdownNow();
        }
    }

    private void stop(AtomicReference<String> killedFor, String limit) {
        if (killedFor.compareAndSet(null, limit)) {
            process.destroyForcibly();
        }
    }

    private WorkerFailure failure(String killedFor, Duration took, Duration cpu, Exception cause) {
        kill();
        int status = exitStatus();
        String limit = killedFor != null ? killedFor
                : status == OUT_OF_MEMORY ? "heap"
                : status == CPU_SIGNAL ? "cpu"
                : null;
        Duration after = "cpu".equals(limit) ? cpu : took;
        log.warn("Sandbox worker {} ended without an answer after {} ({} CPU), exit status {}: {}", pid(), took, cpu,
                status, limit == null ? cause.toString() : "limit " + limit);
        return new WorkerFailure(limit, after, "exit status " + status);
    }

    private int exitStatus() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Worker stderr goes to the service log: warnings and errors at WARN, the rest at DEBUG. */
    private void drainErrors() {
        Thread drain = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(this::logLine);
            } catch (IOException | RuntimeException e) {
                log.debug("Stopped reading the worker's stderr: {}", e.toString());
            }
        }, "sandbox-stderr-" + pid());
        drain.setDaemon(true);
        drain.start();
    }

    private void logLine(String line) {
        if (List.of("WARN", "ERROR", "Exception", "Error", "Terminating", "Refused").stream()
                .anyMatch(line::contains)) {
            log.warn("worker {}: {}", pid(), line);
        } else {
            log.debug("worker {}: {}", pid(), line);
        }
    }
}
