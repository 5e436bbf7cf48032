package io.leadrules.app.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * One named lane of background jobs of one kind (rescoring, simulation, backtest) on the {@link JobScheduler} every
 * instance shares. A feature stores its job QUEUED and {@link #submit submits} its id, in one transaction: that
 * schedules one execution named by the job's id, which any instance may claim. The instance that does marks the job
 * RUNNING and runs the lane's {@link JobWork} for that id: the work finds the job in its table, never in the memory
 * of the instance that queued it, so whichever instance runs it runs the same job.
 *
 * <p>What happens on each failure (docs/decisions/0040):
 * <ul>
 *   <li>cancelled through any instance: its row is CANCELLED at once; a queued job never starts, a running one stops
 *   at its next page (its {@link JobStop} reads the row), keeping the progress it had and what it wrote;</li>
 *   <li>the instance stops gracefully: the running work stops at its next page and its execution is handed back to
 *   the scheduler, due at once, for another instance (or this one when it starts again) to resume; the job stays
 *   RUNNING, never FAILED;</li>
 *   <li>the instance dies (kill -9, power loss): its executions stop being heartbeated, and after
 *   {@link JobSettings#deadAfter()} another instance takes them over and runs the work again;</li>
 *   <li>the work throws something it did not handle: the job is FAILED and its execution removed.</li>
 * </ul>
 * At startup a job left QUEUED or RUNNING with no execution at all (written by an older version of the service) is
 * marked FAILED: nothing would ever run it.
 */
public final class JobLane implements JobProgressSource, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JobLane.class);

    private final String name;
    private final ResumableJobTable table;
    private final Clock clock;
    private final JobScheduler scheduler;
    private final JobWork work;
    private final OneTimeTask<Void> task;
    private final Map<UUID, JobStop> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public JobLane(String name, ResumableJobTable table, Clock clock, JobScheduler scheduler, JobWork work) {
        this.name = name;
        this.table = table;
        this.clock = clock;
        this.scheduler = scheduler;
        this.work = work;
        this.task = Tasks.oneTime(name).onFailure(this::failed).execute((instance, context) -> run(instance));
        scheduler.register(task);
        scheduler.onStartAndStop(() -> stopping = false, this::stopRunning);
    }

    /** The lane's name, which names its task on the scheduler and tags its progress gauges ({@link JobMetrics}). */
    @Override
    public String name() {
        return name;
    }

    /** How far its running jobs have got, on every instance, as its table records it. */
    @Override
    public JobProgress progress() {
        return table.running();
    }

    /**
     * Schedules the run of a job already stored QUEUED, in the caller's transaction when there is one (store the job
     * and submit it in one, and neither is left without the other). It starts on this instance at once when a thread
     * is free, else on the first instance that polls.
     */
    public void submit(UUID id) {
        scheduler.schedule(task.instance(id.toString()));
    }

    /**
     * Cancels a QUEUED or RUNNING job, whichever instance runs it: its row is CANCELLED at once, with the message; a
     * queued job then never starts, a running one stops at its next page, keeping the progress it had (and what it
     * already wrote).
     *
     * @return false when the job had already finished (DONE, FAILED or CANCELLED) or does not exist: nothing changed
     */
    public boolean cancel(UUID id, String message) {
        if (!table.cancel(id, clock.instant(), message)) {
            return false;
        }
        JobStop stop = running.get(id);
        if (stop != null) {
            stop.request(true);
        }
        log.info("{} job {} cancelled: {}", name, id, message);
        return true;
    }

    /** The execution of a job, as the scheduler names it. */
    public TaskInstanceId execution(UUID id) {
        return TaskInstanceId.of(name, id.toString());
    }

    private void run(TaskInstance<Void> instance) {
        UUID id = UUID.fromString(instance.getId());
        JobStop stop = new JobStop(() -> !table.unfinished(id));
        running.put(id, stop);
        try {
            if (stopping) {
                stop.request(false);
            }
            if (table.start(id)) {
                work.run(id, stop);
            }
        } catch (JobStopped e) {
            if (!e.cancelled()) {
                throw e;
            }
            log.info("{} job {} stopped: {}", name, id, e.getMessage());
        } finally {
            running.remove(id);
        }
    }

    /** The work threw: handed back when the instance stops, else the job fails. */
    private void failed(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        UUID id = UUID.fromString(complete.getExecution().taskInstance.getId());
        Throwable cause = complete.getCause().orElse(null);
        if (cause instanceof JobStopped) {
            log.info("{} job {} handed back to the scheduler: this instance is stopping", name, id);
            operations.reschedule(complete, clock.instant());
            return;
        }
        log.error("{} job {} ended with an error its run did not handle", name, id, cause);
        table.fail(id, clock.instant(), "The job stopped: " + (cause == null ? "unknown error" : cause.getMessage()));
        operations.remove();
    }

    private void stopRunning() {
        stopping = true;
        running.values().forEach(stop -> stop.request(false));
    }

    @Override
    public void afterSingletonsInstantiated() {
        int orphans = 0;
        for (UUID id : table.unfinished()) {
            if (!scheduler.exists(execution(id)) && table.fail(id, clock.instant(), "Interrupted: no instance of "
                    + "the service holds this job any more (it was left by an older version). Start it again.")) {
                orphans++;
            }
        }
        if (orphans > 0) {
            log.warn("{} {} job(s) without an execution on the scheduler marked FAILED", orphans, name);
        }
    }

    /** What a lane runs for a job: finds it by id in its table and runs it, checking {@code stop} between pages. */
    @FunctionalInterface
    public interface JobWork {

        void run(UUID id, JobStop stop);
    }
}
