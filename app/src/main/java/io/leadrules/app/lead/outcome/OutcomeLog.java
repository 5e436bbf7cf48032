package io.leadrules.app.lead.outcome;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outcomes of every lead, one per (lead, outcome, instant). Writers hold the lead's row lock, so a re-sent outcome
 * is found here rather than refused by the unique index.
 */
@Repository
public class OutcomeLog {

    private static final String COLUMNS = "id, lead_id, outcome, occurred_at, amount, currency, recorded_at, "
            + "recorded_by, import_id";

    private final JdbcClient jdbc;

    OutcomeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredOutcome> find(UUID leadId, NewOutcome outcome) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_outcomes WHERE lead_id = :lead AND outcome = :outcome"
                        + " AND occurred_at = :occurred")
                .param("lead", leadId).param("outcome", outcome.outcome().name())
                .param("occurred", Timestamp.from(outcome.occurredAt())).query(StoredOutcome.class).optional();
    }

    void append(StoredOutcome outcome) {
        jdbc.sql("INSERT INTO lead_outcomes (" + COLUMNS + ") VALUES (:id, :lead, :outcome, :occurred, :amount,"
                        + " :currency, :recorded, :by, :import)")
                .param("id", outcome.id()).param("lead", outcome.leadId()).param("outcome", outcome.outcome().name())
                .param("occurred", Timestamp.from(outcome.occurredAt())).param("amount", outcome.amount(), Types.DECIMAL)
                .param("currency", outcome.currency())
                .param("recorded", Timestamp.from(outcome.recordedAt())).param("by", outcome.recordedBy())
                .param("import", outcome.importId())
                .update();
    }

    /** The lead's outcomes, oldest first (then by outcome, so the order never varies). */
    public List<StoredOutcome> of(UUID leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_outcomes WHERE lead_id = :lead ORDER BY occurred_at, outcome")
                .param("lead", leadId).query(StoredOutcome.class).list();
    }

    /** Erasure: the lead's outcomes are facts about the person, and go with them. */
    public int deleteOf(UUID leadId) {
        return jdbc.sql("DELETE FROM lead_outcomes WHERE lead_id = :lead").param("lead", leadId).update();
    }
}
