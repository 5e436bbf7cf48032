package io.leadrules.app.lead.imports;

import io.leadrules.app.jobs.JobProgress;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobTable;
import io.leadrules.app.lead.imports.LeadImport.LineProblem;
import io.leadrules.app.ruleset.ActivationSettings;
import io.leadrules.app.ruleset.ThisInstance;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code lead_imports} table: each import's state and progress. The run's updates only change a QUEUED or RUNNING
 * row, so a cancelled import stays cancelled (with the progress it had). Each row names the instance that runs it
 * ({@code owner_instance}, {@link ThisInstance}): its upload is on that instance's disk, so only that instance can run
 * it, and another instance's restart must not fail it while its owner still lives.
 */
@Repository
class LeadImportStore implements JobTable {

    private static final String COLUMNS = "id, state, total_lines, lines_read, created, updated, rejected, problems, "
            + "created_at, created_by, finished_at, message";
    private static final String UNFINISHED = " AND state IN ('QUEUED', 'RUNNING')";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ThisInstance self;
    private final ActivationSettings instances;
    /** The instances' heartbeats are their wall clocks (ADR 0038), never the business clock a test may fix. */
    private final Clock wall = Clock.systemUTC();

    LeadImportStore(JdbcClient jdbc, JsonMapper json, ThisInstance self, ActivationSettings instances) {
        this.jdbc = jdbc;
        this.json = json;
        this.self = self;
        this.instances = instances;
    }

    void insert(LeadImport job) {
        jdbc.sql("INSERT INTO lead_imports (" + COLUMNS + ", owner_instance) VALUES (:id, :state, :total, 0, 0, 0, 0,"
                        + " '[]', :createdAt, :createdBy, NULL, NULL, :owner)")
                .param("id", job.id()).param("owner", self.id()).param("state", job.state().name()).param("total", job.totalLines())
                .param("createdAt", Timestamp.from(job.createdAt())).param("createdBy", job.createdBy()).update();
    }

    Optional<LeadImport> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_imports WHERE id = :id").param("id", id)
                .query(this::leadImport).optional();
    }

    /** One page of the imports, newest first. */
    List<LeadImport> page(long offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_imports ORDER BY sequence_number DESC"
                        + " LIMIT :size OFFSET :offset")
                .param("size", size).param("offset", offset).query(this::leadImport).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM lead_imports").query(Long.class).single();
    }

    @Override
    public boolean start(UUID id) {
        return jdbc.sql("UPDATE lead_imports SET state = 'RUNNING' WHERE id = :id AND state = 'QUEUED'")
                .param("id", id).update() == 1;
    }

    void progressed(UUID id, LeadImportTally tally) {
        jdbc.sql("UPDATE lead_imports SET lines_read = :read, created = :created, updated = :updated,"
                        + " rejected = :rejected, problems = :problems WHERE id = :id" + UNFINISHED)
                .param("read", tally.linesRead()).param("created", tally.created())
                .param("updated", tally.updated()).param("rejected", tally.rejected())
                .param("problems", json.writeValueAsString(tally.problems())).param("id", id).update();
    }

    @Override
    public boolean cancel(UUID id, Instant at, String message) {
        return end(id, JobState.CANCELLED, at, message);
    }

    /** Ends a QUEUED or RUNNING import in {@code state}; false when it had already ended. */
    boolean end(UUID id, JobState state, Instant at, String message) {
        return jdbc.sql("UPDATE lead_imports SET state = :state, finished_at = :at, message = :message WHERE id = :id"
                        + UNFINISHED)
                .param("state", state.name()).param("at", Timestamp.from(at)).param("message", message)
                .param("id", id).update() == 1;
    }

    /** Imports a stopped service left QUEUED or RUNNING will never finish (their files are gone): FAILED. */
    @Override
    public JobProgress running() {
        return jdbc.sql("SELECT COALESCE(SUM(lines_read), 0), COALESCE(SUM(total_lines), 0) FROM lead_imports"
                        + " WHERE state = 'RUNNING'")
                .query((rs, n) -> new JobProgress(rs.getLong(1), rs.getLong(2))).single();
    }

    /**
     * FAILS the unfinished imports of this instance and of instances that are no longer live (no heartbeat within
     * {@code live-heartbeats} heartbeats, or no row: their uploads are gone with them), and those of no recorded owner
     * (stored before V30). An import another live instance owns is left alone: that instance is running it.
     */
    @Override
    public int failUnfinished(Instant at, String message) {
        return jdbc.sql("UPDATE lead_imports SET state = 'FAILED', finished_at = :at, message = :message"
                        + " WHERE state IN ('QUEUED', 'RUNNING') AND (owner_instance IS NULL OR owner_instance = :self"
                        + " OR owner_instance NOT IN (SELECT instance_id FROM service_instances"
                        + " WHERE heartbeat_at >= :since))")
                .param("at", Timestamp.from(at)).param("message", message).param("self", self.id())
                .param("since", Timestamp.from(wall.instant().minus(instances.liveWindow()))).update();
    }

    private LeadImport leadImport(ResultSet rs, int row) throws SQLException {
        long created = rs.getLong("created");
        long updated = rs.getLong("updated");
        return new LeadImport(rs.getObject("id", UUID.class), JobState.valueOf(rs.getString("state")),
                rs.getLong("total_lines"), rs.getLong("lines_read"), created + updated, created, updated,
                rs.getLong("rejected"), problems(rs.getString("problems")), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "finished_at"), rs.getString("message"));
    }

    private List<LineProblem> problems(String text) {
        return Arrays.asList(json.readValue(text, LineProblem[].class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
