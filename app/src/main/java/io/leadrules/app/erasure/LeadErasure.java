package io.leadrules.app.erasure;

import io.leadrules.app.lead.ActivityLog;
import io.leadrules.app.lead.LeadLookup;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.security.CurrentActor;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person at their request, in one transaction under the lead's row lock: the lead's identifying members
 * (and so its email key: a later lead with the same email is a new person), every activity's free-text detail, and
 * the personal data in every decision record. The rows stay, so the audit trail keeps its shape; the lead answers
 * 410 Gone from then on.
 */
@Service
class LeadErasure {

    private static final Logger log = LoggerFactory.getLogger(LeadErasure.class);

    private final LeadLookup lookup;
    private final LeadStore leads;
    private final ActivityLog activities;
    private final DecisionPseudonymisation decisions;
    private final Clock clock;
    private final CurrentActor actor;

    LeadErasure(LeadLookup lookup, LeadStore leads, ActivityLog activities, DecisionPseudonymisation decisions,
                Clock clock, CurrentActor actor) {
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
        leads.save(lead.erased(clock.instant()));
        log.info("Lead {} erased by {}: {} decisions pseudonymised, details of {} activities removed", leadId,
                actor.name(), pseudonymised, details);
    }
}
