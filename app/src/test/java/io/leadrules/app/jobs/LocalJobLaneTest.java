package io.leadrules.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lane with real threads over a table held in memory with the conditional updates a feature's table makes: a
 * cancelled job, queued or running, ends CANCELLED and a queued one never starts; a job that finished first stays as
 * it ended; the service stopping stops the running job without an interrupt and starts no queued one; the jobs a
 * stopped service left unfinished are FAILED at startup. Latches order the threads; nothing waits on a clock.
 */
class LocalJobLaneTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final long PATIENCE = 30;

    final Table table = new Table();
    final LocalJobLane lane = new LocalJobLane("test", table, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stopLane() throws InterruptedException {
        lane.destroy();
    }

    @Test
    void aRunningJobCancelledStopsAtItsNextCheckAndStaysCancelled() throws InterruptedException {
        Blocked running = new Blocked(false);
        UUID id = submit(running);
        running.awaitStarted();
        assertThat(table.state(id)).isEqualTo(JobState.RUNNING);

        assertThat(lane.cancel(id, "Cancelled by ana.")).isTrue();

        assertThat(table.state(id)).isEqualTo(JobState.CANCELLED);
        assertThat(table.messages.get(id)).isEqualTo("Cancelled by ana.");
        running.release();
        assertThat(running.awaitEnd()).isInstanceOf(JobStopped.class);
        assertThat(((JobStopped) running.end.get()).cancelled()).isTrue();
        assertThat(table.state(id)).isEqualTo(JobState.CANCELLED);
        assertThat(running.interrupted).as("no interrupt reached the job's thread").isFalse();
    }

    @Test
    void aQueuedJobCancelledNeverStartsAndTheJobsBehindItStillRun() throws InterruptedException {
        Blocked first = new Blocked(false);
        submit(first);
        first.awaitStarted();
        Blocked queued = new Blocked(false);
        UUID cancelled = submit(queued);

        assertThat(lane.cancel(cancelled, "Cancelled by ana.")).isTrue();
        first.release();
        awaitLaneDrained();

        assertThat(queued.started.getCount()).as("the cancelled job's work never ran").isEqualTo(1);
        assertThat(table.state(cancelled)).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void whatComesAfterAJobRunsWhetherItRanWasCancelledWhileQueuedOrFailed() throws InterruptedException {
        Blocked first = new Blocked(false);
        submit(first);
        first.awaitStarted();
        List<UUID> afterwards = new CopyOnWriteArrayList<>();
        UUID cancelled = table.stored(JobState.QUEUED);
        lane.submit(cancelled, stop -> { }, () -> afterwards.add(cancelled));
        UUID failed = table.stored(JobState.QUEUED);
        lane.submit(failed, stop -> {
            throw new IllegalStateException("broken");
        }, () -> afterwards.add(failed));

        assertThat(lane.cancel(cancelled, "Cancelled by ana.")).isTrue();
        first.release();
        awaitLaneDrained();

        assertThat(afterwards).containsExactly(cancelled, failed);
    }

    @Test
    void aJobThatFinishedFirstIsNotCancelledAndCancellingItChangesNothing() throws InterruptedException {
        UUID id = submit(stop -> { });
        awaitLaneDrained();

        assertThat(lane.cancel(id, "Cancelled by ana.")).isFalse();
        assertThat(lane.cancel(UUID.randomUUID(), "Cancelled by ana.")).as("an unknown job").isFalse();

        assertThat(table.state(id)).isEqualTo(JobState.DONE);
        assertThat(table.messages).doesNotContainKey(id);
    }

    @Test
    void aJobThatThrowsDoesNotStopTheLane() throws InterruptedException {
        submit(stop -> {
            throw new IllegalStateException("broken");
        });

        awaitLaneDrained();
    }

    @Test
    void theServiceStoppingStopsTheRunningJobWithoutAnInterruptAndStartsNoQueuedOne() throws InterruptedException {
        Blocked running = new Blocked(true);
        UUID first = submit(running);
        running.awaitStarted();
        Blocked queued = new Blocked(false);
        UUID second = submit(queued);
        running.release();

        lane.destroy();

        assertThat(running.awaitEnd()).isInstanceOf(JobStopped.class);
        assertThat(((JobStopped) running.end.get()).cancelled()).isFalse();
        assertThat(running.interrupted).isFalse();
        assertThat(queued.started.getCount()).isEqualTo(1);
        assertThat(table.state(first)).as("a feature's run writes FAILED; this one only stopped")
                .isEqualTo(JobState.RUNNING);
        assertThat(table.state(second)).as("FAILED at the next start").isEqualTo(JobState.QUEUED);
    }

    @Test
    void atStartupJobsLeftQueuedOrRunningAreFailedAndFinishedOnesStay() {
        UUID running = table.stored(JobState.RUNNING);
        UUID queued = table.stored(JobState.QUEUED);
        UUID done = table.stored(JobState.DONE);
        UUID cancelled = table.stored(JobState.CANCELLED);

        lane.afterSingletonsInstantiated();

        assertThat(List.of(running, queued, done, cancelled)).map(table::state)
                .containsExactly(JobState.FAILED, JobState.FAILED, JobState.DONE, JobState.CANCELLED);
        assertThat(table.messages.get(running)).startsWith("Interrupted");
    }

    /** Stores a job QUEUED and submits it; work that returns marks it DONE, as a feature's run does. */
    private UUID submit(Consumer<JobStop> work) {
        UUID id = table.stored(JobState.QUEUED);
        lane.submit(id, stop -> {
            work.accept(stop);
            table.end(id, JobState.DONE, null);
        });
        return id;
    }

    /** Submits a last job and waits for it: the lane runs one job at a time, in order, so all before it are over. */
    private void awaitLaneDrained() throws InterruptedException {
        CountDownLatch last = new CountDownLatch(1);
        submit(stop -> last.countDown());
        assertThat(last.await(PATIENCE, TimeUnit.SECONDS)).as("the lane ran its last job").isTrue();
    }

    /**
     * Work that waits to be released, then checks its stop signal as a run does between two pages: once, or (until
     * stopped) again and again as a run over endless pages would.
     */
    static final class Blocked implements Consumer<JobStop> {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);
        final AtomicReference<RuntimeException> end = new AtomicReference<>();
        final boolean endless;
        volatile boolean interrupted;

        Blocked(boolean endless) {
            this.endless = endless;
        }

        @Override
        public void accept(JobStop stop) {
            started.countDown();
            try {
                released.await(PATIENCE, TimeUnit.SECONDS);
                stop.check();
                while (endless) {
                    Thread.sleep(1);
                    stop.check();
                }
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (RuntimeException e) {
                end.set(e);
                throw e;
            } finally {
                ended.countDown();
            }
        }

        void awaitStarted() throws InterruptedException {
            assertThat(started.await(PATIENCE, TimeUnit.SECONDS)).as("the job started").isTrue();
        }

        void release() {
            released.countDown();
        }

        RuntimeException awaitEnd() throws InterruptedException {
            assertThat(ended.await(PATIENCE, TimeUnit.SECONDS)).as("the job ended").isTrue();
            return end.get();
        }
    }

    /** A job table in memory whose updates are conditional on the state, like the features' tables. */
    static final class Table implements JobTable {

        final Map<UUID, JobState> states = new ConcurrentHashMap<>();
        final Map<UUID, String> messages = new ConcurrentHashMap<>();
        volatile JobProgress progress = JobProgress.IDLE;

        UUID stored(JobState state) {
            UUID id = UUID.randomUUID();
            states.put(id, state);
            return id;
        }

        JobState state(UUID id) {
            return states.get(id);
        }

        synchronized boolean end(UUID id, JobState state, String message) {
            JobState now = states.get(id);
            if (now == null || now.finished()) {
                return false;
            }
            states.put(id, state);
            if (message != null) {
                messages.put(id, message);
            }
            return true;
        }

        @Override
        public synchronized boolean start(UUID id) {
            return states.replace(id, JobState.QUEUED, JobState.RUNNING);
        }

        @Override
        public boolean cancel(UUID id, Instant at, String message) {
            return end(id, JobState.CANCELLED, message);
        }

        @Override
        public JobProgress running() {
            return progress;
        }

        @Override
        public synchronized int failUnfinished(Instant at, String message) {
            List<UUID> unfinished = states.keySet().stream().filter(id -> !states.get(id).finished()).toList();
            unfinished.forEach(id -> end(id, JobState.FAILED, message));
            return unfinished.size();
        }
    }
}
