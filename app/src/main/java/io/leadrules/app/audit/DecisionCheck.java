package io.leadrules.app.audit;

import io.leadrules.app.audit.Verification.Mismatch;
import io.leadrules.app.audit.Verification.Tally;
import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditDigest;
import io.leadrules.app.trail.AuditTrail;
import io.leadrules.app.trail.DecisionColumns;
import io.leadrules.app.trail.DecisionDigests;
import io.leadrules.app.trail.DecisionRows;
import io.leadrules.app.trail.SealedEntries;
import io.leadrules.app.trail.SealedEntry;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every decision record against the digest of its DECISION_RECORDED entry. A lead with its salt: the whole record.
 * An erased lead (salt destroyed, LEAD_ERASED recorded): the non-personal form against the digest with the personal
 * digest the entry kept, and no personal value left in the input snapshot. A salt gone without an erasure entry is
 * a mismatch. A decision without an entry is one only if it was made after the trail started (older ones predate
 * it); an entry without its decision is a deleted decision.
 */
@Component
class DecisionCheck {

    private static final int PAGE = 500;
    private final JdbcClient jdbc;
    private final SealedEntries entries;
    private final DecisionDigests digests;
    private final AuditTrail trail;

    DecisionCheck(JdbcClient jdbc, SealedEntries entries, DecisionDigests digests, AuditTrail trail) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.digests = digests;
        this.trail = trail;
    }

    Optional<Mismatch> check(Tally tally, TrailStart start) {
        long offset = 0;
        List<DecisionColumns> page;
        do {
            page = jdbc.sql(DecisionRows.SELECT + " ORDER BY id LIMIT :limit OFFSET :offset")
                    .param("limit", PAGE).param("offset", offset).query(DecisionRows.COLUMNS).list();
            for (DecisionColumns decision : page) {
                Optional<String> reason = check(decision, start);
                if (reason.isPresent()) {
                    return Optional.of(new Mismatch("decision", decision.id().toString(), reason.get()));
                }
            }
            tally.add(page.size());
            offset += page.size();
        } while (page.size() == PAGE);
        return deleted();
    }

    /**
     * The first decision the trail recorded that the decisions table no longer holds: a decision is never deleted
     * (erasure pseudonymises it), so a row gone is a row a database administrator removed.
     */
    private Optional<Mismatch> deleted() {
        return jdbc.sql("SELECT e.subject_id FROM audit_entries e WHERE e.action = :action"
                        + " AND e.sequence_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM decisions d"
                        + " WHERE CAST(d.id AS VARCHAR(36)) = e.subject_id) ORDER BY e.sequence_number LIMIT 1")
                .param("action", AuditAction.DECISION_RECORDED.name()).query(String.class).optional()
                .map(id -> new Mismatch("decision", id, "was recorded in the audit trail but has been deleted"));
    }

    private Optional<String> check(DecisionColumns decision, TrailStart start) {
        List<SealedEntry> recorded = entries.about(decision.id().toString(), AuditAction.DECISION_RECORDED);
        if (recorded.isEmpty()) {
            return start.covers(decision.decidedAt()) ? Optional.of("has no audit entry") : Optional.empty();
        }
        SealedEntry entry = recorded.get(0);
        boolean plainIntact = AuditDigest.of(digests.plain(decision), entry.personalDigest()).digest()
                .equals(entry.digest());
        if (!plainIntact) {
            return Optional.of("does not match its digest: a non-personal column (score, stage, temperature, version, "
                    + "instants, rules fired...) was changed");
        }
        Optional<byte[]> salt = trail.saltOf(decision.leadId());
        if (salt.isPresent()) {
            return DecisionDigests.personal(decision, salt.get()).equals(entry.personalDigest()) ? Optional.empty()
                    : Optional.of("does not match its digest: its personal data was changed");
        }
        if (entries.about(decision.leadId().toString(), AuditAction.LEAD_ERASED).isEmpty()) {
            return Optional.of("its lead's salt is gone, but no erasure of the lead was recorded");
        }
        return digests.pseudonymised(decision) ? Optional.empty()
                : Optional.of("its lead was erased, but it still holds personal data");
    }
}
