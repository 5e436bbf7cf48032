package io.leadrules.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lane on a real db-scheduler over a database of its own (the {@code scheduled_tasks} table of migration V24): a
 * job runs by its id, once; an instance stopping hands its running job back, still RUNNING and still scheduled, and
 * another instance on the same database resumes it; work that throws fails its job; a job row without an execution is
 * failed at startup, one with an execution is left for the scheduler.
 */
class JobLaneTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final Table table = new Table();
    final JdbcDataSource database = new JdbcDataSource();
    final List<JobScheduler> schedulers = new ArrayList<>();

    @BeforeEach
    void schedulerTable() throws SQLException, IOException {
        database.setURL("jdbc:h2:mem:job-lane-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             var migration = getClass().getResourceAsStream("/db/migration/V24__scheduled_tasks.sql")) {
            String sql = new String(migration.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String each : sql.split(";")) {
                if (!each.isBlank()) {
                    statement.execute(each);
                }
            }
        }
    }

    @AfterEach
    void stopAll() {
        schedulers.stream().filter(JobScheduler::isRunning).forEach(JobScheduler::stop);
    }

    @Test
    void aSubmittedJobRunsOnceByItsIdAndItsExecutionGoes() {
        List<UUID> ran = new CopyOnWriteArrayList<>();
        JobScheduler scheduler = scheduler();
        JobLane lane = new JobLane("test", table, clock(), scheduler, (id, stop) -> {
            ran.add(id);
            table.states.put(id, JobState.DONE);
        });
        scheduler.start();
        UUID job = table.queued();

        lane.submit(job);

        awaitUntil(() -> !scheduler.exists(lane.execution(job)));
        assertThat(ran).containsExactly(job);
        assertThat(table.states.get(job)).isEqualTo(JobState.DONE);
    }

    @Test
    void aStoppingInstanceHandsItsRunningJobBackAndAnotherResumesIt() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        List<String> runs = new CopyOnWriteArrayList<>();
        JobScheduler first = scheduler();
        JobLane firstLane = new JobLane("test", table, clock(), first, (id, stop) -> {
            runs.add("first");
            running.countDown();
            while (true) {
                stop.check();
                Thread.onSpinWait();
            }
        });
        first.start();
        UUID job = table.queued();
        firstLane.submit(job);
        assertThat(running.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        first.stop();

        assertThat(table.states.get(job)).as("handed back, not failed").isEqualTo(JobState.RUNNING);
        JobScheduler second = scheduler();
        JobLane secondLane = new JobLane("test", table, clock(), second, (id, stop) -> {
            runs.add("second");
            table.states.put(id, JobState.DONE);
        });
        assertThat(second.exists(secondLane.execution(job))).as("still scheduled").isTrue();
        second.start();
        awaitUntil(() -> table.states.get(job) == JobState.DONE);
        assertThat(runs).containsExactly("first", "second");
    }

    @Test
    void workThatThrowsFailsItsJobAndItsExecutionGoes() {
        JobScheduler scheduler = scheduler();
        JobLane lane = new JobLane("test", table, clock(), scheduler, (id, stop) -> {
            throw new IllegalStateException("a bug");
        });
        scheduler.start();
        UUID job = table.queued();

        lane.submit(job);

        awaitUntil(() -> table.states.get(job) == JobState.FAILED);
        awaitUntil(() -> !scheduler.exists(lane.execution(job)));
        assertThat(table.messages.get(job)).isEqualTo("The job stopped: a bug");
    }

    @Test
    void atStartupAJobWithoutAnExecutionFailsAndOneWithAnExecutionIsLeftToRun() {
        JobScheduler scheduler = scheduler();
        JobLane lane = new JobLane("test", table, clock(), scheduler, (id, stop) -> { });
        UUID orphan = table.queued();
        table.states.put(orphan, JobState.RUNNING);
        UUID scheduled = table.queued();
        lane.submit(scheduled);

        lane.afterSingletonsInstantiated();

        assertThat(table.states.get(orphan)).isEqualTo(JobState.FAILED);
        assertThat(table.messages.get(orphan)).startsWith("Interrupted");
        assertThat(table.states.get(scheduled)).isEqualTo(JobState.QUEUED);
    }

    @Test
    void aJobCancelledElsewhereStopsAtItsNextCheck() {
        List<Boolean> stoppedForCancel = new CopyOnWriteArrayList<>();
        JobScheduler scheduler = scheduler();
        UUID job = table.queued();
        JobLane lane = new JobLane("test", table, clock(), scheduler, (id, stop) -> {
            table.cancel(id, NOW, "Cancelled by another instance.");
            try {
                stop.check();
            } catch (JobStopped e) {
                stoppedForCancel.add(e.cancelled());
                throw e;
            }
        });
        scheduler.start();

        lane.submit(job);

        awaitUntil(() -> !scheduler.exists(lane.execution(job)));
        assertThat(stoppedForCancel).containsExactly(true);
        assertThat(table.states.get(job)).isEqualTo(JobState.CANCELLED);
    }

    private JobScheduler scheduler() {
        JobScheduler scheduler = new JobScheduler(database, new JobSettings(Duration.ofMillis(200), null, null, 2,
                Duration.ofSeconds(5)));
        schedulers.add(scheduler);
        return scheduler;
    }

    private static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static void awaitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the condition").isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A job table in memory, shared by the "instances" of a test as their database would be. */
    static final class Table implements ResumableJobTable {

        final Map<UUID, JobState> states = new ConcurrentHashMap<>();
        final Map<UUID, String> messages = new ConcurrentHashMap<>();

        UUID queued() {
            UUID id = UUID.randomUUID();
            states.put(id, JobState.QUEUED);
            return id;
        }

        @Override
        public synchronized boolean start(UUID id) {
            return unfinished(id) && states.put(id, JobState.RUNNING) != null;
        }

        @Override
        public synchronized boolean cancel(UUID id, Instant at, String message) {
            return end(id, JobState.CANCELLED, message);
        }

        @Override
        public JobProgress running() {
            return JobProgress.IDLE;
        }

        @Override
        public int failUnfinished(Instant at, String message) {
            throw new UnsupportedOperationException("a shared lane never fails every unfinished job");
        }

        @Override
        public boolean unfinished(UUID id) {
            JobState state = states.get(id);
            return state != null && !state.finished();
        }

        @Override
        public synchronized boolean fail(UUID id, Instant at, String message) {
            return end(id, JobState.FAILED, message);
        }

        @Override
        public List<UUID> unfinished() {
            return states.keySet().stream().filter(this::unfinished).toList();
        }

        private boolean end(UUID id, JobState state, String message) {
            if (!unfinished(id)) {
                return false;
            }
            states.put(id, state);
            messages.put(id, message);
            return true;
        }
    }
}
