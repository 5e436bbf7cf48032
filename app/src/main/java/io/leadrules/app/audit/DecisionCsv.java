package io.leadrules.app.audit;

import io.leadrules.app.lead.LeadProblem;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.system.CsvRows;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's decisions as CSV ({@code GET /api/v1/leads/{id}/decisions} with {@code Accept: text/csv}), newest first,
 * streamed from the database row by row: one row per decision with the columns below (docs/api.md, "CSV"); the
 * full answer of a decision is {@code GET /api/v1/decisions/{id}}.
 */
@Component
class DecisionCsv {

    static final List<String> COLUMNS = List.of("id", "leadId", "sequenceNumber", "decidedAt", "asOf",
            "rulesetVersion", "score", "stage", "temperature");

    private final JdbcClient jdbc;
    private final LeadStore leads;

    DecisionCsv(JdbcClient jdbc, LeadStore leads) {
        this.jdbc = jdbc;
        this.leads = leads;
    }

    /** Checks the lead exists (a 404 problem before anything is written); the page only when one is asked for. */
    @Transactional(readOnly = true)
    void write(UUID leadId, Integer page, int size, OutputStream out) throws IOException {
        if (!leads.existsById(leadId)) {
            throw new ProblemException(LeadProblem.LEAD_NOT_FOUND, ProblemMessage.of("lead-not-found.detail", leadId))
                    .with("leadId", leadId);
        }
        String sql = "SELECT id, lead_id, sequence_number, decided_at, as_of, ruleset_version, score, stage,"
                + " temperature FROM decisions WHERE lead_id = :lead ORDER BY sequence_number DESC"
                + (page == null ? "" : " LIMIT :limit OFFSET :offset");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("lead", leadId);
        if (page != null) {
            statement = statement.param("limit", size).param("offset", (long) page * size);
        }
        try (CsvRows csv = new CsvRows(out, COLUMNS);
             Stream<Object[]> rows = statement.query(DecisionCsv::cells).stream()) {
            rows.forEach(csv::row);
        }
    }

    private static Object[] cells(ResultSet row, int number) throws SQLException {
        return new Object[] {row.getObject("id"), row.getObject("lead_id"), row.getLong("sequence_number"),
                row.getTimestamp("decided_at").toInstant(), row.getTimestamp("as_of").toInstant(),
                row.getString("ruleset_version"), (Integer) row.getObject("score"), row.getString("stage"),
                row.getString("temperature")};
    }
}
