package io.leadrules.app.trail;

import io.leadrules.app.system.CurrentActor;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit entries in the caller's transaction (no change without its entry, no entry without its change):
 * the transaction's entries are inserted in one batch just before it commits, so writers never wait for each other
 * here; {@link AuditSealer} numbers, chains and signs them later. The
 * actor is always {@link CurrentActor#name()}, the instant the {@link Clock}'s.
 *
 * <p>Personal data enters a digest only through {@link #aboutPerson} or {@link #decision}: as an HMAC under the
 * lead's random salt, which {@link #forgetPerson} destroys when the lead is erased.
 */
@Service
public class AuditTrail {

    private final SealedEntries entries;
    private final LeadSalts salts;
    private final DecisionDigests decisions;
    private final AuditSealer sealer;
    private final AuditSettings settings;
    private final CurrentActor actor;
    private final Clock clock;
    private final AtomicInteger sinceNudge = new AtomicInteger();

    AuditTrail(SealedEntries entries, LeadSalts salts, DecisionDigests decisions, AuditSealer sealer,
               AuditSettings settings, CurrentActor actor, Clock clock) {
        this.entries = entries;
        this.salts = salts;
        this.decisions = decisions;
        this.sealer = sealer;
        this.settings = settings;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String subjectType, String subjectId, AuditDigest digest) {
        pending().add(new SealedEntries.NewEntry(clock.instant(), actor.name(), action, subjectType, subjectId,
                digest));
        if (sinceNudge.incrementAndGet() >= settings.maxEntriesPerBlock()) {
            sinceNudge.set(0);
            sealer.nudge();
        }
    }

    /**
     * The digest of a record about a lead: {@code plain} (anything {@link Canonical} writes) as it is,
     * {@code personal} only as an HMAC under the lead's salt (created with the lead's first entry).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditDigest aboutPerson(UUID leadId, Object plain, Object personal) {
        String personalDigest = Hashes.hmac(saltFor(leadId), Canonical.json(personal));
        return AuditDigest.of(Canonical.json(plain), personalDigest);
    }

    /**
     * A lead created in this transaction: its salt is made without first looking for one (a new lead has none; the
     * primary key would refuse a second).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void newPerson(UUID leadId) {
        pending().salt(leadId, salts::create);
    }

    /**
     * A decision's entry. Its digest is taken by the sealer from the stored row ({@link PendingDigests}), off the
     * writer's path; the lead's salt is made sure of here, in the writer's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDecision(UUID decisionId, UUID leadId) {
        saltFor(leadId);
        record(AuditAction.DECISION_RECORDED, "decision", decisionId.toString(), AuditDigest.pending());
    }

    /**
     * The entries of a page of decisions ({@code decisionId -> leadId}), as {@link #recordDecision} makes each, the
     * leads' salts read (or made) for the whole page at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDecisions(Map<UUID, UUID> leadByDecision) {
        Map<UUID, byte[]> pageSalts = salts.existingOrNew(leadByDecision.values());
        PendingEntries pending = pending();
        leadByDecision.forEach((decisionId, leadId) -> {
            pending.salt(leadId, pageSalts::get);
            record(AuditAction.DECISION_RECORDED, "decision", decisionId.toString(), AuditDigest.pending());
        });
    }

    /** The digest of a decision record (see {@link DecisionDigests}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditDigest decision(DecisionColumns decision) {
        return decisions.of(decision, saltFor(decision.leadId()));
    }

    /** Erasure: the lead's salt is destroyed, so its personal digests can be neither checked nor guessed at. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetPerson(UUID leadId) {
        pending().forget(leadId);
        salts.destroy(leadId);
    }

    private byte[] saltFor(UUID leadId) {
        return pending().salt(leadId, salts::existingOrNew);
    }

    private PendingEntries pending() {
        return PendingEntries.of(entries, this);
    }

    /** The lead's salt, for verification; empty once the lead is erased. */
    public Optional<byte[]> saltOf(UUID leadId) {
        return salts.find(leadId);
    }
}
