package io.leadrules.app.jobs;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * A lane of background jobs that run in this process only, for a kind of job whose input lives on this instance's
 * disk (a lead import's upload): the other kinds run on the cluster-wide {@link JobLane}.
 *
 * <p>One named lane of background jobs of one kind, each kind its own lane so that a
 * long job of one kind never delays another kind. Jobs run one at a time, in the order they were submitted, on one
 * thread of the lane's name. A feature declares its lane as a bean over its {@link JobTable}, stores a job QUEUED,
 * then {@link #submit submits} its work; the lane marks it RUNNING when its turn comes, unless it was cancelled
 * meanwhile.
 *
 * <p>At startup, before any request is served, jobs a previous run of the service left QUEUED or RUNNING are marked
 * FAILED: nothing will ever run them. Those another live instance runs stay as they are
 * ({@link JobTable#failUnfinished}). At shutdown the running job is asked to stop at its next page (it ends FAILED),
 * queued ones never start (they are marked FAILED at the next start), and only a job that has not stopped after
 * {@value #GRACE_SECONDS} s is interrupted, as the service goes away anyway.
 */
public final class LocalJobLane implements JobProgressSource, SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalJobLane.class);
    private static final int GRACE_SECONDS = 10;

    private final String name;
    private final JobTable table;
    private final Clock clock;
    private final ExecutorService executor;
    private final Map<UUID, JobStop> unfinished = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public LocalJobLane(String name, JobTable table, Clock clock) {
        this.name = name;
        this.table = table;
        this.clock = clock;
        this.executor = Executors.newSingleThreadExecutor(task -> new Thread(task, name));
    }

    /** The lane's name, which names its thread and tags its progress gauges ({@link JobMetrics}). */
    @Override
    public String name() {
        return name;
    }

    /** How far its running job has got, as its table records it. */
    @Override
    public JobProgress progress() {
        return table.running();
    }

    /**
     * Queues a job already stored QUEUED behind the lane's other jobs. When its turn comes the lane marks it RUNNING
     * and runs the work with the job's stop signal, which the work checks between pages; a job cancelled before its
     * turn never starts.
     *
     * @throws RejectedExecutionException when the service is stopping: the job stays QUEUED until the next start
     *                                    marks it FAILED
     */
    public void submit(UUID id, Consumer<JobStop> work) {
        submit(id, work, () -> { });
    }

    /**
     * Queues a job as {@link #submit(UUID, Consumer)} does, with what must happen once its turn is over whether or
     * not it ran: a job cancelled, or deleted, while it queued never runs its work, yet what it holds (an uploaded
     * file) must still go.
     */
    public void submit(UUID id, Consumer<JobStop> work, Runnable afterwards) {
        JobStop stop = new JobStop();
        unfinished.put(id, stop);
        try {
            executor.execute(() -> {
                try {
                    runIfStillQueued(id, stop, work);
                } finally {
                    afterwards.run();
                }
            });
        } catch (RejectedExecutionException stopped) {
            unfinished.remove(id);
            throw stopped;
        }
    }

    /**
     * Cancels a QUEUED or RUNNING job: its row is CANCELLED at once, with the message; a queued job then never starts,
     * a running one stops at its next page, keeping the progress it had (and what it already wrote).
     *
     * @return false when the job had already finished (DONE, FAILED or CANCELLED) or does not exist: nothing changed
     */
    public boolean cancel(UUID id, String message) {
        if (!table.cancel(id, clock.instant(), message)) {
            return false;
        }
        JobStop stop = unfinished.get(id);
        if (stop != null) {
            stop.request(true);
        }
        log.info("{} job {} cancelled: {}", name, id, message);
        return true;
    }

    private void runIfStillQueued(UUID id, JobStop stop, Consumer<JobStop> work) {
        try {
            if (!stopping && !stop.requested() && table.start(id)) {
                work.accept(stop);
            }
        } catch (JobStopped e) {
            log.info("{} job {} stopped: {}", name, id, e.getMessage());
        } catch (RuntimeException e) {
            log.error("{} job {} ended with an error its run did not handle", name, id, e);
        } finally {
            unfinished.remove(id);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = table.failUnfinished(clock.instant(), "Interrupted: the service stopped while the job was "
                + "queued or running. Start it again.");
        if (interrupted > 0) {
            log.warn("{} {} job(s) left unfinished by the previous run of the service marked FAILED", interrupted,
                    name);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        unfinished.values().forEach(stop -> stop.request(false));
        executor.shutdown();
        if (!executor.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
            executor.shutdownNow();
            log.warn("The {} job did not stop within {} s; it will be marked FAILED at the next start", name,
                    GRACE_SECONDS);
        }
    }
}
