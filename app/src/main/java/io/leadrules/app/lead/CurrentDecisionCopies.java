package io.leadrules.app.lead;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Copies a page of decisions onto their leads in one JDBC batch, each only if the lead is still the version that was
 * evaluated ({@code WHERE version = ?}, as Spring Data's {@code @Version} does for one lead). A lead whose profile or
 * activities changed meanwhile has moved on a version: its copy is refused rather than written over the newer state.
 */
@Repository
class CurrentDecisionCopies {

    private static final String UPDATE = "UPDATE leads SET current_decision_id = ?, score = ?, grade = ?,"
            + " temperature = ?, stage = ?, funnel_stage = ?, priority = ?, ruleset_version = ?, decided_at = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    private final JdbcTemplate jdbc;

    CurrentDecisionCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision to copy onto the lead as it was read. */
    record Copy(StoredLead lead, CurrentDecision current) {
    }

    /** For each copy in order, whether it was written (false: the lead changed since it was read). */
    boolean[] copyIfUnchanged(List<Copy> copies) {
        int[][] counts = jdbc.batchUpdate(UPDATE, copies, copies.size(), CurrentDecisionCopies::set);
        boolean[] written = new boolean[copies.size()];
        int at = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                written[at++] = count == 1;
            }
        }
        return written;
    }

    private static void set(PreparedStatement statement, Copy copy) throws SQLException {
        CurrentDecision current = copy.current();
        statement.setObject(1, current.currentDecisionId());
        statement.setObject(2, current.score(), Types.INTEGER);
        statement.setString(3, current.grade());
        statement.setString(4, current.temperature());
        statement.setString(5, current.stage());
        statement.setString(6, current.funnelStage());
        statement.setString(7, current.priority());
        statement.setString(8, current.rulesetVersion());
        statement.setTimestamp(9, current.decidedAt() == null ? null : Timestamp.from(current.decidedAt()));
        statement.setObject(10, copy.lead().id());
        statement.setLong(11, copy.lead().version());
    }
}
