package io.leadrules.app.idempotency;

import io.leadrules.app.erasure.LeadErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A lead's erasure reaches the answers kept for a replay: a kept answer about the lead (its create, its activities,
 * its outcomes) would otherwise repeat the person's data for the rest of the key's day. Runs in the erasure's
 * transaction, so the answers are withheld exactly when the lead is erased.
 */
@Component
class ErasedLeadAnswers {

    private final IdempotencyKeys keys;

    ErasedLeadAnswers(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @EventListener
    void on(LeadErased erased) {
        keys.withholdAbout(erased.leadId());
    }
}
