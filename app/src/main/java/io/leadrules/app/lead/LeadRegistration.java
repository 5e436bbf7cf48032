package io.leadrules.app.lead;

import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.ActivityIntake.Intake;
import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.scoring.InvalidLead;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/v1/leads}: finds the same person (same externalId, or else the same email ignoring case) and
 * updates them, or creates a new lead; stores the new activities and scores the lead, all in one transaction under
 * the lead's row lock. Two requests creating one new person at once both miss, and the unique index refuses the
 * second insert: that request is run again, and this time it finds the lead the first one made.
 */
@Service
class LeadRegistration {

    private final TransactionTemplate transactions;
    private final LeadStore leads;
    private final ActivityIntake intake;
    private final LeadDecisions decisions;
    private final LeadRecords records;
    private final StoredJson json;
    private final CustomDataCheck checks;
    private final LeadAudit audit;
    private final Clock clock;

    LeadRegistration(TransactionTemplate transactions, LeadStore leads, ActivityIntake intake,
                     LeadDecisions decisions, LeadRecords records, StoredJson json, CustomDataCheck checks,
                     LeadAudit audit, Clock clock) {
        this.audit = audit;
        this.json = json;
        this.checks = checks;
        this.transactions = transactions;
        this.leads = leads;
        this.intake = intake;
        this.decisions = decisions;
        this.records = records;
        this.clock = clock;
    }

    Registered register(LeadRequest request) {
        try {
            return transactions.execute(tx -> registerOnce(request));
        } catch (DataAccessException e) {
            if (!UniqueKeys.violated(e)) {
                throw e;
            }
            return transactions.execute(tx -> registerOnce(request));
        }
    }

    /** Stores the lead inside the caller's transaction: a page of a bulk import stores many leads in one. */
    Registered registerOnce(LeadRequest request) {
        StoredProfile profile = records.toProfile(request.lead());
        StoredConsent consent = records.toConsent(request.lead().consent());
        Instant now = clock.instant();
        Optional<StoredLead> same = samePerson(profile);
        StoredLead lead = leads.save(same.map(found -> merged(found, profile, consent, now))
                .orElseGet(() -> StoredLead.create(UUID.randomUUID(), profile, consent, now)));
        audit.registered(lead, same.isPresent());
        Intake taken = intake.take(lead, request.activitiesOrNone(), now);
        LeadDecisions.Decided decided = decisions.decide(lead);
        return new Registered(decided.lead(), same.isPresent(), taken, decided.decision());
    }

    /** The externalId decides when a lead has it, even if the email belongs to another lead. */
    private Optional<StoredLead> samePerson(StoredProfile profile) {
        if (profile.externalId() != null) {
            Optional<StoredLead> byExternalId = leads.lockByExternalId(profile.externalId());
            if (byExternalId.isPresent()) {
                return byExternalId;
            }
        }
        String emailKey = StoredLead.keyOf(profile.email());
        return emailKey == null ? Optional.empty() : leads.lockByEmailKey(emailKey);
    }

    /**
     * Newest non-null member wins; an email that is another lead's stays with that lead. Attributes merge name by
     * name the same way (a null sent is no value, not a removal: PATCH removes), and the merged lead holds at most
     * {@code leadrules.custom-data.max-attributes}.
     */
    private StoredLead merged(StoredLead found, StoredProfile incoming, StoredConsent consent, Instant now) {
        String attributes = json.merged(found.profile().attributes(), incoming.attributes());
        checks.count("lead", json.count(attributes)).ifPresent(problem -> {
            throw InvalidLead.of(List.of(problem));
        });
        StoredProfile profile = found.profile().updatedWith(incoming).withAttributes(attributes);
        if (belongsToAnother(profile.email(), found)) {
            profile = profile.withEmail(found.profile().email());
        }
        return found.withProfile(profile, found.consent().updatedWith(consent), now);
    }

    private boolean belongsToAnother(String email, StoredLead lead) {
        String key = StoredLead.keyOf(email);
        return key != null && !key.equals(lead.emailKey())
                && leads.findByEmailKey(key).filter(other -> !other.id().equals(lead.id())).isPresent();
    }

    record Registered(StoredLead lead, boolean merged, Intake intake, StoredDecision decision) {
    }
}
