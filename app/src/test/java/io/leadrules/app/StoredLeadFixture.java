package io.leadrules.app;

import io.leadrules.app.decision.DecisionJournal;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.ActivityLog;
import io.leadrules.app.lead.CurrentDecision;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredActivity;
import io.leadrules.app.lead.StoredConsent;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.StoredProfile;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.ruleset.RuleSetLease;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored leads for the full tests, made with the storage foundation directly (the leads endpoints are built
 * elsewhere): a lead, its activities and its decisions, each step in one transaction under the lead's lock, as the
 * service does it.
 */
final class StoredLeadFixture {

    static final StoredConsent CONSENTED = new StoredConsent(true, false, "2026-01", null);

    private final LeadStore leads;
    private final ActivityLog activities;
    private final LeadDecisions decisions;
    private final Decisions evaluations;
    private final DecisionJournal journal;
    private final ActiveRuleSet rules;
    private final TransactionTemplate transactions;

    StoredLeadFixture(ApplicationContext context) {
        this.leads = context.getBean(LeadStore.class);
        this.activities = context.getBean(ActivityLog.class);
        this.decisions = context.getBean(LeadDecisions.class);
        this.evaluations = context.getBean(Decisions.class);
        this.journal = context.getBean(DecisionJournal.class);
        this.rules = context.getBean(ActiveRuleSet.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    /** A marketing director at a 250-person software company: grade A, so activity decides the stage. */
    static StoredProfile idealPersona(String externalId, String email) {
        return StoredProfile.of(externalId, "Ana", "Garcia", email, "+34 612 345 678", "Acme Soft",
                "Marketing Director", "SOFTWARE", 250, new BigDecimal("12000000.00"), "ES", "ORGANIC_SEARCH", "EBOOK",
                "crm-suite");
    }

    /** An activity received when it happened. */
    static Activity activity(String id, String type, Instant occurredAt) {
        return new Activity(id, type, occurredAt, null, occurredAt);
    }

    UUID create(StoredProfile profile, StoredConsent consent, Instant createdAt, List<Activity> done) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            leads.save(StoredLead.create(id, profile, consent, createdAt));
            done.forEach(activity -> activities.append(activity.of(id)));
        });
        return id;
    }

    void append(UUID leadId, List<Activity> done) {
        transactions.executeWithoutResult(tx -> {
            leads.lockById(leadId).orElseThrow();
            done.forEach(activity -> activities.append(activity.of(leadId)));
        });
    }

    void changeProfile(UUID leadId, StoredProfile profile, Instant at) {
        transactions.executeWithoutResult(tx -> {
            StoredLead lead = leads.lockById(leadId).orElseThrow();
            leads.save(lead.withProfile(profile, lead.consent(), at));
        });
    }

    /** Decides as the service does (decided now, by the service clock). */
    StoredDecision decide(UUID leadId, Instant asOf) {
        return transactions.execute(tx -> decisions.decide(leads.lockById(leadId).orElseThrow(), asOf)).decision();
    }

    /** Decides as if the service had done it at {@code decidedAt}: for histories that reach back in time. */
    StoredDecision decideAt(UUID leadId, Instant asOf, Instant decidedAt) {
        return transactions.execute(tx -> {
            StoredLead lead = leads.lockById(leadId).orElseThrow();
            EvaluationInput input = decisions.inputFor(lead, asOf);
            try (RuleSetLease lease = rules.lease()) {
                CompiledRuleSet ruleSet = lease.rules();
                LeadEvaluation evaluation = evaluations.evaluate(input, ruleSet);
                StoredDecision decision = journal.record(leadId, input, evaluation, ruleSet, decidedAt);
                leads.save(lead.withCurrent(new CurrentDecision(decision.id(), evaluation.score(),
                        evaluation.fit().grade(), evaluation.temperature(), evaluation.stage(), evaluation.funnelStage(),
                        evaluation.priority(), decision.rulesetVersion(), decidedAt)));
                return decision;
            }
        });
    }

    /** An activity before it belongs to a lead. */
    record Activity(String id, String type, Instant occurredAt, String detail, Instant receivedAt) {

        Activity withDetail(String text) {
            return new Activity(id, type, occurredAt, text, receivedAt);
        }

        Activity receivedAt(Instant at) {
            return new Activity(id, type, occurredAt, detail, at);
        }

        StoredActivity of(UUID leadId) {
            return StoredActivity.of(leadId, id, type, occurredAt, detail, receivedAt);
        }
    }
}
