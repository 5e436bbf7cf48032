package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobProgress;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.ResumableJobTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code rescoring_jobs} table: each job's state and progress, so that it can be read while it runs and after.
 * A state only moves forward, never out of DONE, FAILED or CANCELLED. While a job is QUEUED or RUNNING its
 * {@code active_key} holds {@value #ACTIVE}, which a unique index lets only one row hold: that is what keeps one
 * rescoring job at a time across all instances; every write that ends a job clears it.
 */
@Repository
class RescoringJobStore implements ResumableJobTable {

    static final String ACTIVE = "rescoring";

    private static final String COLUMNS = "id, state, processed, total, changed, failures, as_of, created_at, "
            + "finished_at, message";

    private final JdbcClient jdbc;

    RescoringJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new job as the active one.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another job is QUEUED or RUNNING
     */
    void insert(RescoringJob job) {
        jdbc.sql("INSERT INTO rescoring_jobs (" + COLUMNS + ", active_key) VALUES (:id, :state, :processed, :total,"
                        + " :changed, :failures, :asOf, :createdAt, NULL, NULL, '" + ACTIVE + "')")
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

    /** Marks a QUEUED job RUNNING, or takes a RUNNING one over (resumed); false when it has ended, or is gone. */
    @Override
    public boolean start(UUID id) {
        return jdbc.sql("UPDATE rescoring_jobs SET state = 'RUNNING' WHERE id = :id AND state IN ('QUEUED',"
                + " 'RUNNING')").param("id", id).update() == 1;
    }

    @Override
    public boolean unfinished(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM rescoring_jobs WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
                .param("id", id).query(Integer.class).single() == 1;
    }

    @Override
    public boolean fail(UUID id, Instant at, String message) {
        return finished(id, JobState.FAILED, at, message);
    }

    /** Unfinished jobs not yet cut into pages: once cut, their pages' executions carry them. */
    @Override
    public List<UUID> unfinished() {
        return jdbc.sql("SELECT id FROM rescoring_jobs j WHERE state IN ('QUEUED', 'RUNNING') AND NOT EXISTS"
                + " (SELECT 1 FROM rescoring_pages p WHERE p.job_id = j.id)").query(UUID.class).list();
    }

    /** The leads the running job will visit, counted as it is cut into pages. */
    void counted(UUID id, int total) {
        jdbc.sql("UPDATE rescoring_jobs SET total = :total WHERE id = :id").param("total", total).param("id", id)
                .update();
    }

    /**
     * Adds a page's counts to the job's, in the page's transaction (which this row's lock also orders after any other
     * page's of the job still committing).
     */
    void progressed(UUID id, Progress page) {
        jdbc.sql("UPDATE rescoring_jobs SET processed = processed + :processed, changed = changed + :changed,"
                        + " failures = failures + :failures WHERE id = :id")
                .param("processed", page.processed()).param("changed", page.changed())
                .param("failures", page.failures()).param("id", id).update();
    }

    /** Ends the job DONE once none of its pages is left to do; false while some are, or when it had ended. */
    boolean doneIfAllPagesDone(UUID id, Instant at) {
        return jdbc.sql("UPDATE rescoring_jobs SET state = 'DONE', finished_at = :at, active_key = NULL"
                        + " WHERE id = :id AND state = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM rescoring_pages p"
                        + " WHERE p.job_id = :id AND NOT p.done)")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Ends the job DONE or FAILED, unless it has already ended (a cancel came first): false then. */
    boolean finished(UUID id, JobState state, Instant at, String message) {
        return jdbc.sql("UPDATE rescoring_jobs SET state = :state, finished_at = :at, message = :message,"
                        + " active_key = NULL WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
                .param("state", state.name()).param("at", Timestamp.from(at)).param("message", message)
                .param("id", id).update() == 1;
    }

    @Override
    public boolean cancel(UUID id, Instant at, String message) {
        return finished(id, JobState.CANCELLED, at, message);
    }

    @Override
    public JobProgress running() {
        return jdbc.sql("SELECT COALESCE(SUM(processed), 0), COALESCE(SUM(total), 0) FROM rescoring_jobs"
                        + " WHERE state = 'RUNNING'")
                .query((rs, n) -> new JobProgress(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Every QUEUED or RUNNING job FAILED (not used by the shared lane, which resumes them). */
    @Override
    public int failUnfinished(Instant at, String message) {
        return jdbc.sql("UPDATE rescoring_jobs SET state = 'FAILED', finished_at = :at, message = :message,"
                        + " active_key = NULL WHERE state IN ('QUEUED', 'RUNNING')")
                .param("at", Timestamp.from(at)).param("message", message).update();
    }
}
