package io.leadrules.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service as a separate operating-system process, started from the test class path on the embedded defaults
 * with its own data directory, so that a test can do to it what an operator or a crash does: {@code kill -9}, then
 * start it again on the same files.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * A start compiles the rule set: on two cores shared with other builds a second instance took over 3 minutes
     * (the compile alone 79 s); the test fails only if an instance never becomes healthy.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the service on a free port over {@code dataDir} and waits until its health is UP. */
    static ServiceProcess start(Path dataDir, Path log) {
        return start(dataDir, log, List.of());
    }

    /**
     * Starts the service as {@link #start(Path, Path)} does, with more arguments (another database, a profile, a
     * setting); one of several instances sharing a database ({@code cluster.SharedDatabase}) says so this way.
     */
    public static ServiceProcess start(Path dataDir, Path log, List<String> arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                LeadRulesApplication.class.getName(), "--server.port=" + port, "--leadrules.data-dir=" + dataDir));
        command.addAll(arguments);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put(TestCredentials.ADMIN_KEY_VARIABLE, TestCredentials.ADMIN_KEY);
            Process process = builder.start();
            ServiceProcess service = new ServiceProcess(process, port);
            service.awaitHealthy(log);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye; then its children (a sandbox worker) the same way. */
    public void killHard() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        waitForExit();
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            killHard();
        }
    }

    private void awaitHealthy(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(health, BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        close();
        throw new IllegalStateException("the service was not healthy within " + START_TIMEOUT + "; see " + log);
    }

    private void waitForExit() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
