package io.leadrules.app.trail;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Takes the digests a writer left to the sealer: a decision's entry is written with {@link AuditDigest#pending()}, and
 * the sealer, before it numbers and hashes the block, takes the decision's digest from its stored row (with the
 * lead's salt, or only its non-personal form once the lead is erased). Parsing and writing a decision's two
 * snapshots canonically was most of what the trail cost a writer (docs/performance.md, "Audit trail"); on the
 * sealer's thread it costs no request anything. A decision deleted before its seal gets {@link #MISSING}, which
 * verification names as a deleted decision. Until its seal an entry is not protected anyway, digest or not.
 */
@Component
class PendingDigests {

    /** The digest of an entry whose decision was gone when the sealer came to it. */
    static final String MISSING = "decision-missing-at-seal";

    private final DecisionRows rows;
    private final DecisionDigests digests;
    private final LeadSalts salts;

    PendingDigests(DecisionRows rows, DecisionDigests digests, LeadSalts salts) {
        this.rows = rows;
        this.digests = digests;
        this.salts = salts;
    }

    List<SealedEntry> completed(List<SealedEntry> block) {
        return block.stream().map(this::completed).toList();
    }

    private SealedEntry completed(SealedEntry entry) {
        if (!AuditDigest.PENDING.equals(entry.digest())) {
            return entry;
        }
        return entry.withDigest(rows.find(entry.subjectId()).map(this::of)
                .orElseGet(() -> new AuditDigest(MISSING, null)));
    }

    private AuditDigest of(DecisionColumns decision) {
        UUID lead = decision.leadId();
        return salts.find(lead).map(salt -> digests.of(decision, salt))
                .orElseGet(() -> AuditDigest.of(digests.plain(decision), null));
    }
}
