package io.leadrules.app.erasure;

import io.leadrules.app.lead.ActivityLog;
import io.leadrules.app.lead.LeadLookup;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.outcome.OutcomeLog;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditDigest;
import io.leadrules.app.trail.AuditTrail;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person at their request, in one transaction under the lead's row lock: the lead's identifying members
 * (and so its email key: a later lead with the same email is a new person), every activity's free-text detail, and
 * the personal data in every decision record, and every outcome (what became of the person is about them, and no
 * audit needs it: its entries hold no personal data). The other rows stay, so the audit trail keeps its shape; the lead answers
 * 410 Gone from then on. The lead's audit salt is destroyed and the erasure recorded (LEAD_ERASED): the audit
 * trail then tells these pseudonymised records from edited ones. {@link LeadErased} is published in the transaction
 * (webhooks scrub their outbox of the lead and announce the erasure).
 */
@Service
class LeadErasure {

    private static final Logger log = LoggerFactory.getLogger(LeadErasure.class);

    private final LeadLookup lookup;
    private final LeadStore leads;
    private final ActivityLog activities;
    private final OutcomeLog outcomes;
    private final DecisionPseudonymisation decisions;
    private final AuditTrail trail;
    private final Clock clock;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;

    LeadErasure(LeadLookup lookup, LeadStore leads, ActivityLog activities, OutcomeLog outcomes,
                DecisionPseudonymisation decisions, AuditTrail trail, Clock clock, CurrentActor actor,
                ApplicationEventPublisher events) {
        this.events = events;
        this.outcomes = outcomes;
        this.trail = trail;
        this.lookup = lookup;
        this.leads = leads;
        this.activities = activities;
        this.decisions = decisions;
        this.clock = clock;
        this.actor = actor;
    }

    /** 404 problem for an unknown lead, 410 for one already erased. */
    @Transactional
    void erase(UUID leadId) {
        StoredLead lead = lookup.locked(leadId);
        int pseudonymised = decisions.pseudonymise(lead);
        int details = activities.removeDetails(leadId);
        int deleted = outcomes.deleteOf(leadId);
        StoredLead erased = leads.save(lead.erased(clock.instant()));
        trail.forgetPerson(leadId);
        trail.record(AuditAction.LEAD_ERASED, "lead", leadId.toString(), AuditDigest.plain(Map.of("leadId", leadId,
                "erasedAt", erased.erasedAt(), "decisions", pseudonymised, "activities", details,
                "outcomes", deleted)));
        events.publishEvent(new LeadErased(leadId, erased.erasedAt()));
        log.info("Lead {} erased by {}: {} decisions pseudonymised, details of {} activities removed, {} outcomes "
                + "deleted", leadId, actor.name(), pseudonymised, details, deleted);
    }
}
