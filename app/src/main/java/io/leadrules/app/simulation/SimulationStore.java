package io.leadrules.app.simulation;

import io.leadrules.app.jobs.JobProgress;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.ResumableJobTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code simulations} table: each job's state, progress and, once done, its report. Progress is written whatever
 * the state; a state only moves forward, never out of DONE, FAILED or CANCELLED (a report is stored only by a run
 * that ends DONE). While a simulation is QUEUED or RUNNING its {@code active_key} names what it computes (version,
 * baseline, filter, instant), which a unique index lets only one unfinished row hold, across all instances; every write
 * that ends it clears the key.
 */
@Repository
class SimulationStore implements ResumableJobTable {

    private static final String COLUMNS = "id, ruleset_version, baseline_version, state, processed, total, failures, "
            + "as_of, lead_filter, created_at, finished_at, message, report";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SimulationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores a new simulation under its key.
     *
     * @throws org.springframework.dao.DuplicateKeyException when an identical one is QUEUED or RUNNING
     */
    void insert(Simulation job, String activeKey) {
        jdbc.sql("INSERT INTO simulations (" + COLUMNS + ", active_key) VALUES (:id, :version, :baseline, :state, 0,"
                        + " 0, 0, :asOf, :filter, :createdAt, NULL, NULL, NULL, :key)").param("key", activeKey)
                .param("id", job.id()).param("version", job.rulesetVersion()).param("baseline", job.baselineVersion())
                .param("state", job.state().name()).param("asOf", Timestamp.from(job.asOf()))
                .param("filter", filterText(job.filter())).param("createdAt", Timestamp.from(job.createdAt()))
                .update();
    }

    Optional<Simulation> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM simulations WHERE id = :id").param("id", id)
                .query(this::simulation).optional();
    }

    /** The newest {@code limit} simulations of a version, newest first. */
    List<Simulation> ofVersion(String version, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM simulations WHERE ruleset_version = :version"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("version", version).param("limit", limit).query(this::simulation).list();
    }

    /** Deletes every simulation of the version; one still running then updates nothing and leaves nothing. */
    int deleteOfVersion(String version) {
        return jdbc.sql("DELETE FROM simulations WHERE ruleset_version = :version").param("version", version)
                .update();
    }

    int countOfVersion(String version) {
        return jdbc.sql("SELECT COUNT(*) FROM simulations WHERE ruleset_version = :version")
                .param("version", version).query(Integer.class).single();
    }

    /** Queued or running simulations of this version, baseline and filter, oldest first. */
    List<Simulation> unfinished(String version, String baseline, LeadFilter filter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM simulations WHERE state IN ('QUEUED', 'RUNNING')"
                        + " AND ruleset_version = :version AND baseline_version = :baseline AND lead_filter = :filter"
                        + " ORDER BY created_at")
                .param("version", version).param("baseline", baseline).param("filter", filterText(filter))
                .query(this::simulation).list();
    }

    /** Marks a QUEUED simulation RUNNING, or takes a RUNNING one over (resumed); false once it ended. */
    @Override
    public boolean start(UUID id) {
        return jdbc.sql("UPDATE simulations SET state = 'RUNNING' WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
                .param("id", id).update() == 1;
    }

    @Override
    public boolean unfinished(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM simulations WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
                .param("id", id).query(Integer.class).single() == 1;
    }

    @Override
    public boolean fail(UUID id, Instant at, String message) {
        return failed(id, at, message);
    }

    @Override
    public List<UUID> unfinished() {
        return jdbc.sql("SELECT id FROM simulations WHERE state IN ('QUEUED', 'RUNNING')").query(UUID.class).list();
    }

    /** The leads the running simulation will compare, counted as it starts. */
    void counted(UUID id, int total) {
        jdbc.sql("UPDATE simulations SET total = :total WHERE id = :id").param("total", total).param("id", id)
                .update();
    }

    void progressed(UUID id, int processed, int failures) {
        jdbc.sql("UPDATE simulations SET processed = :processed, failures = :failures WHERE id = :id")
                .param("processed", processed).param("failures", failures).param("id", id).update();
    }

    /** Ends the simulation DONE with its report, unless it has already ended (a cancel came first): false then. */
    boolean done(UUID id, Instant at, ImpactReport report) {
        return jdbc.sql("UPDATE simulations SET state = 'DONE', finished_at = :at, report = :report,"
                        + " active_key = NULL WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
                .param("at", Timestamp.from(at)).param("report", json.writeValueAsString(report)).param("id", id)
                .update() == 1;
    }

    /** Ends the simulation FAILED, unless it has already ended (a cancel came first): false then. */
    boolean failed(UUID id, Instant at, String message) {
        return ended(id, JobState.FAILED, at, message);
    }

    @Override
    public boolean cancel(UUID id, Instant at, String message) {
        return ended(id, JobState.CANCELLED, at, message);
    }

    @Override
    public JobProgress running() {
        return jdbc.sql("SELECT COALESCE(SUM(processed), 0), COALESCE(SUM(total), 0) FROM simulations"
                        + " WHERE state = 'RUNNING'")
                .query((rs, n) -> new JobProgress(rs.getLong(1), rs.getLong(2))).single();
    }

    @Override
    public int failUnfinished(Instant at, String message) {
        return jdbc.sql("UPDATE simulations SET state = 'FAILED', finished_at = :at, message = :message,"
                        + " active_key = NULL WHERE state IN ('QUEUED', 'RUNNING')")
                .param("at", Timestamp.from(at)).param("message", message).update();
    }

    private boolean ended(UUID id, JobState state, Instant at, String message) {
        return jdbc.sql("UPDATE simulations SET state = :state, finished_at = :at, message = :message,"
                        + " active_key = NULL WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
                .param("state", state.name()).param("at", Timestamp.from(at)).param("message", message)
                .param("id", id).update() == 1;
    }

    private String filterText(LeadFilter filter) {
        return json.writeValueAsString(filter);
    }

    private Simulation simulation(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        return new Simulation(rs.getObject("id", UUID.class), rs.getString("ruleset_version"),
                rs.getString("baseline_version"), JobState.valueOf(rs.getString("state")),
                rs.getInt("processed"), rs.getInt("total"), rs.getInt("failures"), instant(rs, "as_of"),
                json.readValue(rs.getString("lead_filter"), LeadFilter.class), instant(rs, "created_at"),
                instant(rs, "finished_at"), rs.getString("message"),
                report == null ? null : json.readValue(report, ImpactReport.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
