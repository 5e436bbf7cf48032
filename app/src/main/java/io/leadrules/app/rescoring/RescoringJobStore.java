package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobProgress;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code rescoring_jobs} table: each job's state and progress, so that it can be read while it runs and after.
 * Progress is written whatever the state (a cancelled job keeps counting the page it was on when cancelled); a state
 * only moves forward, never out of DONE, FAILED or CANCELLED.
 */
@Repository
class RescoringJobStore implements JobTable {

    private static final String COLUMNS = "id, state, processed, total, changed, failures, as_of, created_at, "
            + "finished_at, message";

    private final JdbcClient jdbc;

    RescoringJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RescoringJob job) {
        jdbc.sql("INSERT INTO rescoring_jobs (" + COLUMNS + ") VALUES (:id, :state, :processed, :total, :changed,"
                        + " :failures, :asOf, :createdAt, NULL, NULL)")
                .param("id", job.id()).param("state", job.state().name()).param("processed", job.processed())
                .param("total", job.total()).param("changed", job.changed()).param("failures", job.failures())
                .param("asOf", Timestamp.from(job.asOf())).param("createdAt", Timestamp.from(job.createdAt()))
                .update();
    }

    Optional<RescoringJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rescoring_jobs WHERE id = :id").param("id", id)
                .query(RescoringJob.class).optional();
    }

    /** The job waiting or running, if any (there is at most one). */
    Optional<RescoringJob> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rescoring_jobs WHERE state IN ('QUEUED', 'RUNNING')"
                + " ORDER BY created_at LIMIT 1").query(RescoringJob.class).optional();
    }

    @Override
    public boolean start(UUID id) {
        return jdbc.sql("UPDATE rescoring_jobs SET state = 'RUNNING' WHERE id = :id AND state = 'QUEUED'")
                .param("id", id).update() == 1;
    }

    /** The leads the running job will visit, counted as it starts. */
    void counted(UUID id, int total) {
        jdbc.sql("UPDATE rescoring_jobs SET total = :total WHERE id = :id").param("total", total).param("id", id)
                .update();
    }

    void progressed(UUID id, Progress progress) {
        jdbc.sql("UPDATE rescoring_jobs SET processed = :processed, changed = :changed, failures = :failures"
                        + " WHERE id = :id")
                .param("processed", progress.processed()).param("changed", progress.changed())
                .param("failures", progress.failures()).param("id", id).update();
    }

    /** Ends the job DONE or FAILED, unless it has already ended (a cancel came first): false then. */
    boolean finished(UUID id, JobState state, Instant at, String message) {
        return jdbc.sql("UPDATE rescoring_jobs SET state = :state, finished_at = :at, message = :message"
                        + " WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
                .param("state", state.name()).param("at", Timestamp.from(at)).param("message", message)
                .param("id", id).update() == 1;
    }

    @Override
    public boolean cancel(UUID id, Instant at, String message) {
        return finished(id, JobState.CANCELLED, at, message);
    }

    /** Jobs a stopped service left QUEUED or RUNNING will never finish: they are marked FAILED. */
    @Override
    public JobProgress running() {
        return jdbc.sql("SELECT COALESCE(SUM(processed), 0), COALESCE(SUM(total), 0) FROM rescoring_jobs"
                        + " WHERE state = 'RUNNING'")
                .query((rs, n) -> new JobProgress(rs.getLong(1), rs.getLong(2))).single();
    }

    @Override
    public int failUnfinished(Instant at, String message) {
        return jdbc.sql("UPDATE rescoring_jobs SET state = 'FAILED', finished_at = :at, message = :message"
                        + " WHERE state IN ('QUEUED', 'RUNNING')")
                .param("at", Timestamp.from(at)).param("message", message).update();
    }
}
