package io.leadrules.app.lead.outcome;

import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.system.CurrentActor;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an outcome of a lead whose row lock the caller holds, with its audit entry. The lead itself is not touched:
 * an outcome changes nothing the rules see, so no decision is made and {@code updatedAt} stays.
 */
@Service
class OutcomeRecording {

    /** What became of an outcome sent: stored, already there exactly so, or there with another amount. */
    enum Result { CREATED, DUPLICATE, CONFLICT }

    record Recorded(Result result, StoredOutcome outcome) {
    }

    private final OutcomeLog log;
    private final OutcomeAudit audit;
    private final CurrentActor actor;
    private final Clock clock;

    OutcomeRecording(OutcomeLog log, OutcomeAudit audit, CurrentActor actor, Clock clock) {
        this.log = log;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** @param importId the import the outcome comes with, or {@code null} */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded record(StoredLead lead, NewOutcome sent, UUID importId) {
        Optional<StoredOutcome> stored = log.find(lead.id(), sent);
        if (stored.isPresent()) {
            return new Recorded(stored.get().sameAs(sent) ? Result.DUPLICATE : Result.CONFLICT, stored.get());
        }
        StoredOutcome outcome = new StoredOutcome(UUID.randomUUID(), lead.id(), sent.outcome(), sent.occurredAt(),
                sent.amount(), sent.currency(), clock.instant(), actor.name(), importId);
        log.append(outcome);
        audit.recorded(outcome);
        return new Recorded(Result.CREATED, outcome);
    }
}
