package io.leadrules.app.sandbox;

import io.leadrules.app.sandbox.WorkerProtocol.Answer;
import io.leadrules.app.sandbox.WorkerProtocol.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one worker warm and hands it to one upload at a time. The first worker starts in the background once the
 * service is ready; a worker that died, hit a limit or refused a rule set (it then exits by itself) is replaced in
 * the background as soon as that is known, so the next upload gets a fresh one without waiting for a JVM to start,
 * unless it comes at once. The class-path copy and the walls are prepared with the first worker and removed when
 * the service stops.
 */
@Component
class SandboxWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SandboxWorkers.class);
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final SandboxSettings settings;
    private final ExecutorService starter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sandbox-starter");
        thread.setDaemon(true);
        return thread;
    });
    private volatile WorkerLauncher launcher;
    private volatile WorkerRuntime runtime;
    private volatile CompletableFuture<SandboxWorker> next;
    private volatile String state = "not started";

    SandboxWorkers(SandboxSettings settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (settings.warmAtStartup()) {
            starting();
        }
    }

    /** Runs one request on the warm worker (starting one if there is none); the worker is replaced if it ends. */
    Answer run(Request request) throws WorkerFailure {
        SandboxWorker worker = take();
        state = "busy (pid " + worker.pid() + ")";
        try {
            return worker.run(request, settings.cpuPerUpload(), settings.wallClockPerUpload());
        } finally {
            if (worker.isAlive()) {
                next = CompletableFuture.completedFuture(worker);
                state = "ready (pid " + worker.pid() + ")";
            } else {
                replace();
            }
        }
    }

    /** The walls in place, once the first worker has been prepared; null before. */
    Walls walls() {
        return launcher == null ? null : launcher.walls();
    }

    String state() {
        return state;
    }

    /** The warm worker's process id, if one is running. */
    Long pid() {
        CompletableFuture<SandboxWorker> current = next;
        if (current == null || !current.isDone() || current.isCompletedExceptionally()) {
            return null;
        }
        SandboxWorker worker = current.join();
        return worker.isAlive() ? worker.pid() : null;
    }

    /** Kills the worker and removes the class-path copy when the service stops. */
    @Override
    public void destroy() {
        starter.shutdownNow();
        CompletableFuture<SandboxWorker> current = next;
        if (current != null) {
            current.thenAccept(SandboxWorker::kill);
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private SandboxWorker take() throws WorkerFailure {
        CompletableFuture<SandboxWorker> current = starting();
        try {
            SandboxWorker worker = current.get();
            if (worker.isAlive()) {
                return worker;
            }
            return replace().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WorkerFailure failure) {
                replace();
                throw failure;
            }
            throw new WorkerFailure(null, Duration.ZERO, "the worker could not start: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkerFailure(null, Duration.ZERO, "interrupted while waiting for the worker");
        }
    }

    /**
     * The worker being started or ready, starting one if there is none. The warm-up and the first upload may arrive at
     * once (the server takes requests before the service is ready): one worker, never two of which one is forgotten.
     */
    private synchronized CompletableFuture<SandboxWorker> starting() {
        return next != null ? next : replace();
    }

    private synchronized CompletableFuture<SandboxWorker> replace() {
        state = "starting";
        CompletableFuture<SandboxWorker> started = new CompletableFuture<>();
        next = started;
        starter.execute(() -> {
            try {
                SandboxWorker worker = SandboxWorker.start(prepared(), runtime, STARTUP);
                state = "ready (pid " + worker.pid() + ")";
                started.complete(worker);
            } catch (WorkerFailure | RuntimeException e) {
                state = "failed to start: " + e.getMessage();
                log.warn("The sandbox worker did not start: {}", e.getMessage());
                started.completeExceptionally(e);
            }
        });
        return started;
    }

    /** The walls and the class-path copy, prepared once (on the starter thread, never on a request). */
    private WorkerLauncher prepared() {
        if (launcher == null) {
            runtime = WorkerRuntime.create();
            WorkerLauncher probed = WorkerLauncher.probe(settings);
            handOver(probed);
            announce(probed.walls());
            launcher = probed;
        }
        return launcher;
    }

    /** The worker's own working directory: its user's alone when it runs as another user. */
    private void handOver(WorkerLauncher probed) {
        try {
            if (probed.changesUser()) {
                Files.setAttribute(runtime.work(), "unix:uid", probed.user());
                Files.setAttribute(runtime.work(), "unix:gid", probed.user());
            }
            Files.setPosixFilePermissions(runtime.work(), PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not hand the sandbox's working directory to its user: {}", e.toString());
        }
    }

    private static void announce(Walls walls) {
        if (walls.complete()) {
            log.info("Rule-set uploads are checked in a confined worker: {}", walls.describe());
        } else {
            log.warn("Rule-set uploads are checked in a worker with fewer walls than intended: {}. Missing: {}",
                    walls.describe(), String.join("; ", walls.missing()));
        }
    }
}
