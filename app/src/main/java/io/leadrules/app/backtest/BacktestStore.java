package io.leadrules.app.backtest;

import io.leadrules.app.jobs.JobProgress;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.ResumableJobTable;
import io.leadrules.rules.backtest.ObservedLead;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code backtests} table (each job's state, progress and, once done, its report) and {@code backtest_leads}
 * (each backtested lead as the version saw it). The run's updates only change a QUEUED or RUNNING row, so a
 * cancelled backtest stays cancelled.
 */
@Repository
class BacktestStore implements ResumableJobTable {

    private static final String COLUMNS = "id, ruleset_version, baseline_version, source, cutoff_days, cutoff_at, "
            + "state, processed, total, failures, created_at, created_by, finished_at, message, report";
    private static final String UNFINISHED = " AND state IN ('QUEUED', 'RUNNING')";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    BacktestStore(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    void insert(Backtest job) {
        jdbc.sql("INSERT INTO backtests (" + COLUMNS + ") VALUES (:id, :version, :baseline, :source, :days, :at,"
                        + " :state, 0, 0, 0, :createdAt, :createdBy, NULL, NULL, NULL)")
                .param("id", job.id()).param("version", job.rulesetVersion()).param("baseline", job.baselineVersion())
                .param("source", job.source().name()).param("days", job.cutoff().days())
                .param("at", job.cutoff().at() == null ? null : Timestamp.from(job.cutoff().at()))
                .param("state", job.state().name()).param("createdAt", Timestamp.from(job.createdAt()))
                .param("createdBy", job.createdBy()).update();
    }

    Optional<Backtest> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM backtests WHERE id = :id").param("id", id)
                .query(this::backtest).optional();
    }

    /** The newest {@code limit} backtests of a version, newest first. */
    List<Backtest> ofVersion(String version, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM backtests WHERE ruleset_version = :version"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("version", version).param("limit", limit).query(this::backtest).list();
    }

    int countOfVersion(String version) {
        return jdbc.sql("SELECT COUNT(*) FROM backtests WHERE ruleset_version = :version")
                .param("version", version).query(Integer.class).single();
    }

    /** The newest finished backtest of the version against that baseline, if any. */
    Optional<Backtest> latestDone(String version, String baseline) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM backtests WHERE ruleset_version = :version"
                        + " AND baseline_version = :baseline AND state = 'DONE' ORDER BY created_at DESC, id LIMIT 1")
                .param("version", version).param("baseline", baseline).query(this::backtest).optional();
    }

    /** Deletes every backtest of the version and its leads; one still running then updates nothing. */
    int deleteOfVersion(String version) {
        return jdbc.sql("DELETE FROM backtests WHERE ruleset_version = :version").param("version", version).update();
    }

    /** Marks a QUEUED backtest RUNNING, or takes a RUNNING one over (resumed); false once it ended. */
    @Override
    public boolean start(UUID id) {
        return jdbc.sql("UPDATE backtests SET state = 'RUNNING' WHERE id = :id" + UNFINISHED)
                .param("id", id).update() == 1;
    }

    @Override
    public boolean unfinished(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM backtests WHERE id = :id" + UNFINISHED).param("id", id)
                .query(Integer.class).single() == 1;
    }

    @Override
    public boolean fail(UUID id, Instant at, String message) {
        return end(id, JobState.FAILED, at, message);
    }

    @Override
    public List<UUID> unfinished() {
        return jdbc.sql("SELECT id FROM backtests WHERE state IN ('QUEUED', 'RUNNING')").query(UUID.class).list();
    }

    /** Forgets the leads a run observed: a backtest resumed elsewhere starts again from its first lead. */
    void forgetObserved(UUID id) {
        jdbc.sql("DELETE FROM backtest_leads WHERE backtest_id = :id").param("id", id).update();
    }

    /** The leads the running backtest will read, counted as it starts. */
    void counted(UUID id, int total) {
        jdbc.sql("UPDATE backtests SET total = :total WHERE id = :id").param("total", total).param("id", id).update();
    }

    void progressed(UUID id, int processed, int failures) {
        jdbc.sql("UPDATE backtests SET processed = :processed, failures = :failures WHERE id = :id" + UNFINISHED)
                .param("processed", processed).param("failures", failures).param("id", id).update();
    }

    void done(UUID id, Instant at, BacktestReport report) {
        jdbc.sql("UPDATE backtests SET state = 'DONE', finished_at = :at, report = :report WHERE id = :id" + UNFINISHED)
                .param("at", Timestamp.from(at)).param("report", json.writeValueAsString(report)).param("id", id)
                .update();
    }

    @Override
    public boolean cancel(UUID id, Instant at, String message) {
        return end(id, JobState.CANCELLED, at, message);
    }

    /** Ends a QUEUED or RUNNING backtest in {@code state}; false when it had already ended. */
    boolean end(UUID id, JobState state, Instant at, String message) {
        return jdbc.sql("UPDATE backtests SET state = :state, finished_at = :at, message = :message WHERE id = :id"
                        + UNFINISHED)
                .param("state", state.name()).param("at", Timestamp.from(at)).param("message", message)
                .param("id", id).update() == 1;
    }

    @Override
    public JobProgress running() {
        return jdbc.sql("SELECT COALESCE(SUM(processed), 0), COALESCE(SUM(total), 0) FROM backtests"
                        + " WHERE state = 'RUNNING'")
                .query((rs, n) -> new JobProgress(rs.getLong(1), rs.getLong(2))).single();
    }

    @Override
    public int failUnfinished(Instant at, String message) {
        return jdbc.sql("UPDATE backtests SET state = 'FAILED', finished_at = :at, message = :message"
                        + " WHERE state IN ('QUEUED', 'RUNNING')")
                .param("at", Timestamp.from(at)).param("message", message).update();
    }

    /** Appends a page of backtested leads from {@code position} on. */
    void observed(UUID id, int position, List<ObservedLead> leads) {
        List<Object[]> rows = new ArrayList<>(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            ObservedLead lead = leads.get(i);
            rows.add(new Object[] {id, position + i, lead.converted(), lead.score(), rulesText(lead)});
        }
        if (!rows.isEmpty()) {
            batches.batchUpdate("INSERT INTO backtest_leads (backtest_id, position, converted, score, rules)"
                    + " VALUES (?, ?, ?, ?, ?)", rows);
        }
    }

    /** The backtested leads of a finished backtest, in order, handed over one at a time. */
    void forEachObserved(UUID id, Consumer<ObservedLead> each) {
        jdbc.sql("SELECT converted, score, rules FROM backtest_leads WHERE backtest_id = :id ORDER BY position")
                .param("id", id).query(rs -> {
                    int score = rs.getInt("score");
                    each.accept(new ObservedLead(rs.getBoolean("converted"), rs.wasNull() ? null : score,
                            rules(rs.getString("rules"))));
                });
    }

    private static String rulesText(ObservedLead lead) {
        return lead.rules().stream().map(rule -> rule.ruleId() + ":" + rule.points() + ":" + rule.firings())
                .collect(Collectors.joining(";"));
    }

    private static List<ObservedLead.RulePoints> rules(String text) {
        List<ObservedLead.RulePoints> rules = new ArrayList<>();
        for (String rule : text.isEmpty() ? new String[0] : text.split(";")) {
            int second = rule.lastIndexOf(':');
            int first = rule.lastIndexOf(':', second - 1);
            rules.add(new ObservedLead.RulePoints(rule.substring(0, first),
                    Integer.parseInt(rule.substring(first + 1, second)), Integer.parseInt(rule.substring(second + 1))));
        }
        return rules;
    }

    private Backtest backtest(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        int days = rs.getInt("cutoff_days");
        Integer cutoffDays = rs.wasNull() ? null : days;
        return new Backtest(rs.getObject("id", UUID.class), rs.getString("ruleset_version"),
                rs.getString("baseline_version"), Backtest.Source.valueOf(rs.getString("source")),
                new Cutoff(cutoffDays, instant(rs, "cutoff_at")), JobState.valueOf(rs.getString("state")),
                rs.getInt("processed"), rs.getInt("total"), rs.getInt("failures"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "finished_at"), rs.getString("message"),
                report == null ? null : json.readValue(report, BacktestReport.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
