package io.leadrules.app.lead.outcome;

import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditDigest;
import io.leadrules.app.trail.AuditTrail;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One audit entry per outcome stored (a duplicate stores nothing and writes none), about the lead. Nothing in an
 * outcome identifies the person, so the digest is plain: no salt is looked up, which keeps a 100,000-row import to
 * one small entry per row, inserted in one batch per chunk when the chunk commits.
 */
@Component
class OutcomeAudit {

    private final AuditTrail trail;

    OutcomeAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void recorded(StoredOutcome outcome) {
        Map<String, Object> form = new HashMap<>();
        form.put("id", outcome.id());
        form.put("leadId", outcome.leadId());
        form.put("outcome", outcome.outcome().name());
        form.put("occurredAt", outcome.occurredAt());
        form.put("amount", outcome.amount());
        form.put("currency", outcome.currency());
        form.put("importId", outcome.importId());
        trail.record(AuditAction.OUTCOME_RECORDED, "lead", outcome.leadId().toString(), AuditDigest.plain(form));
    }
}
