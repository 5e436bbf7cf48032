package io.leadrules.app.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one scheduler every instance runs, db-scheduler over the shared database's {@code scheduled_tasks} table
 * (docs/decisions/0040): each execution is a row that one instance at a time claims, heartbeats while it runs, and
 * deletes or reschedules when done; an execution whose heartbeat stops (its instance died) is taken over by another.
 * Features register their tasks while the context is built ({@link #register}, {@link #registerRecurring}); the
 * scheduler is made from them on first use and polls once the context has started.
 *
 * <p>Its data source joins Spring's transaction when there is one, so scheduling an execution commits or rolls back
 * with the job row it is for: a job is never stored without its execution, nor an execution without its job.
 */
@Component
public class JobScheduler implements SmartLifecycle {

    private final DataSource dataSource;
    private final JobSettings settings;
    private final List<Task<?>> tasks = new ArrayList<>();
    private final List<RecurringTask<?>> recurring = new ArrayList<>();
    private final List<Runnable> beforeStop = new ArrayList<>();
    private final List<Runnable> onStart = new ArrayList<>();
    private Scheduler scheduler;
    private boolean made;
    private volatile boolean running;

    JobScheduler(DataSource dataSource, JobSettings settings) {
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.settings = settings;
    }

    /** Adds a task this instance knows how to run; only while the context is built. */
    public synchronized void register(Task<?> task) {
        if (made) {
            throw new IllegalStateException("Task " + task.getName() + " registered after the scheduler was made");
        }
        tasks.add(task);
    }

    /** Adds a recurring task, whose one execution cluster-wide is created by the first instance to start. */
    public synchronized void registerRecurring(RecurringTask<?> task) {
        if (made) {
            throw new IllegalStateException("Task " + task.getName() + " registered after the scheduler was made");
        }
        recurring.add(task); // startTasks makes it known too: in both lists db-scheduler refuses it as a duplicate
    }

    /**
     * What to do when the scheduler starts (again: a stopped context may be started again), and when the instance
     * starts to stop, before the scheduler waits for the executions it runs.
     */
    synchronized void onStartAndStop(Runnable started, Runnable stopping) {
        onStart.add(started);
        beforeStop.add(stopping);
    }

    /**
     * Schedules an execution, in the caller's transaction when there is one; this instance then looks for due
     * executions at once (after the commit), so a job queued on an idle instance starts without waiting for a poll.
     */
    public void schedule(TaskInstance<?> execution) {
        scheduler().schedule(execution, Instant.now());
        checkSoon();
    }

    /**
     * Schedules executions, due now, that do not exist yet (one already there, claimed or not, is left alone), in the
     * caller's transaction when there is one.
     */
    public void scheduleIfMissing(List<? extends TaskInstance<?>> executions) {
        Instant now = Instant.now();
        executions.forEach(execution -> scheduler().scheduleIfNotExists(execution, now));
        checkSoon();
    }

    /** Whether the execution exists (due, or claimed by an instance). */
    public boolean exists(TaskInstanceId execution) {
        return scheduler().getScheduledExecution(execution).isPresent();
    }

    /**
     * The scheduler, made on first use. A db-scheduler {@code Scheduler} cannot start again once stopped, and a
     * context may be stopped and started again (the test context cache pauses the contexts it is not using): each start
     * after a stop gets a new one, over the same tasks.
     */
    synchronized Scheduler scheduler() {
        if (scheduler == null) {
            made = true;
            scheduler = Scheduler.create(dataSource, List.copyOf(tasks))
                    .startTasks(List.copyOf(recurring))
                    .schedulerName(new SchedulerName.Fixed(instanceName()))
                    .pollingInterval(settings.pollingInterval())
                    .heartbeatInterval(settings.heartbeat())
                    .missedHeartbeatsLimit(settings.missedHeartbeats())
                    .threads(settings.threads())
                    .shutdownMaxWait(settings.shutdownGrace())
                    .enableImmediateExecution()
                    .build();
        }
        return scheduler;
    }

    private void checkSoon() {
        if (!running) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler().triggerCheckForDueExecutions();
                }
            });
        } else {
            scheduler().triggerCheckForDueExecutions();
        }
    }

    /** The host and process id: which instance claimed an execution, as {@code picked_by} shows it. */
    private static String instanceName() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.length() > 50 ? name.substring(0, 50) : name;
    }

    @Override
    public void start() {
        List<Runnable> signals;
        synchronized (this) {
            signals = List.copyOf(onStart);
        }
        signals.forEach(Runnable::run);
        scheduler().start();
        running = true;
    }

    @Override
    public void stop() {
        List<Runnable> signals;
        synchronized (this) {
            signals = List.copyOf(beforeStop);
        }
        signals.forEach(Runnable::run);
        running = false;
        Scheduler stopping;
        synchronized (this) {
            stopping = scheduler;
            scheduler = null;
        }
        if (stopping != null) {
            stopping.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
