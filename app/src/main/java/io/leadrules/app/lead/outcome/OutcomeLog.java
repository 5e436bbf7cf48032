package io.leadrules.app.lead.outcome;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** The ids of the leads that have at least one outcome, after {@code after} (null: from the first), in id order. */
    public List<UUID> leadsWithOutcomes(UUID after, int limit) {
        String from = after == null ? "" : " WHERE lead_id > :after";
        var query = jdbc.sql("SELECT DISTINCT lead_id FROM lead_outcomes" + from + " ORDER BY lead_id LIMIT :limit")
                .param("limit", limit);
        return (after == null ? query : query.param("after", after)).query(UUID.class).list();
    }

    /** How many leads have at least one outcome. */
    public int countLeadsWithOutcomes() {
        return jdbc.sql("SELECT COUNT(DISTINCT lead_id) FROM lead_outcomes").query(Integer.class).single();
    }

    /** The outcomes of these leads, oldest first per lead; a lead without any is absent from the map. */
    public Map<UUID, List<StoredOutcome>> ofLeads(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_outcomes WHERE lead_id IN (:leads)"
                        + " ORDER BY lead_id, occurred_at, outcome")
                .param("leads", leadIds).query(StoredOutcome.class).list().stream()
                .collect(Collectors.groupingBy(StoredOutcome::leadId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Erasure: the lead's outcomes are facts about the person, and go with them. */
    public int deleteOf(UUID leadId) {
        return jdbc.sql("DELETE FROM lead_outcomes WHERE lead_id = :lead").param("lead", leadId).update();
    }
}
