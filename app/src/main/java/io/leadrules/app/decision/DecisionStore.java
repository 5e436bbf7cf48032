package io.leadrules.app.decision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stored decisions. Inserts go through {@link DecisionJournal}; a decision is never updated in place. */
public interface DecisionStore extends ListCrudRepository<StoredDecision, UUID> {

    /** A lead's decisions, newest first. */
    List<StoredDecision> findByLeadIdOrderBySequenceNumberDesc(UUID leadId, Pageable page);

    /** A lead's decisions older than the one numbered {@code before}, newest first (a page after a cursor). */
    List<StoredDecision> findByLeadIdAndSequenceNumberLessThanOrderBySequenceNumberDesc(UUID leadId, long before,
                                                                                       Pageable page);

    long countByLeadId(UUID leadId);

    List<StoredDecision> findByLeadId(UUID leadId);

    /** The lead's first decision (made when it was created). */
    Optional<StoredDecision> findFirstByLeadIdOrderBySequenceNumberAsc(UUID leadId);

    @Query("SELECT COALESCE(MAX(sequence_number), 0) FROM decisions WHERE lead_id = :leadId")
    long lastSequenceNumber(UUID leadId);

    /** The last decision made about the lead at or before the instant. */
    @Query("SELECT * FROM decisions WHERE lead_id = :leadId AND decided_at <= :instant"
            + " ORDER BY sequence_number DESC LIMIT 1")
    Optional<StoredDecision> lastDecidedBy(UUID leadId, Instant instant);
}
