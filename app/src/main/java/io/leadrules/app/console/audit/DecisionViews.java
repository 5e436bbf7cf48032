package io.leadrules.app.console.audit;

import io.leadrules.app.audit.AuditEvent;
import io.leadrules.app.audit.AuditEvents;
import io.leadrules.app.audit.DecisionHistory;
import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.trail.AuditAction;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a decision's page from what the API serves for it: the decision document (the recorded scoring response,
 * byte for byte), its stored input, its version's label, and the actor of its {@code DECISION_RECORDED} audit entry.
 * Writes nothing itself (finding the entry first seals the waiting ones, as the API's list does); the recorded JSON
 * is read as a tree, so a member today's classes lack is still shown as recorded.
 */
@Component
class DecisionViews {

    private final DecisionHistory history;
    private final DecisionSnapshots snapshots;
    private final RuleSetHistory ruleSets;
    private final AuditEvents events;
    private final LeadStore leads;

    DecisionViews(DecisionHistory history, DecisionSnapshots snapshots, RuleSetHistory ruleSets, AuditEvents events,
                  LeadStore leads) {
        this.history = history;
        this.snapshots = snapshots;
        this.ruleSets = ruleSets;
        this.events = events;
        this.leads = leads;
    }

    /** The decision's page; a 404 problem (decision-not-found) when no decision has the id. */
    DecisionView of(UUID id) {
        StoredDecision decision = history.find(id);
        ObjectNode document = history.one(id);
        JsonNode input = snapshots.tree(decision.inputSnapshot());
        return new DecisionView(decision.id().toString(), decision.leadId().toString(), erased(decision.leadId()),
                Json.utc(decision.decidedAt()), Json.utc(decision.asOf()), decision.rulesetVersion(),
                ruleSets.labelOf(decision.rulesetVersion()), causedBy(id), RecordedAnswer.outcome(document),
                RecordedInput.facts(input.path("lead")), RecordedInput.activities(input.path("activities")),
                RecordedAnswer.explanation(document.path("firedRules"), decision.rulesetVersion()));
    }

    private boolean erased(UUID leadId) {
        return leads.findById(leadId).map(StoredLead::erased).orElse(false);
    }

    /** Who (a user, an API key's owner, or {@code system}) made the request that made the decision. */
    private String causedBy(UUID decisionId) {
        AuditEvents.Filter recorded = new AuditEvents.Filter(decisionId.toString(), null,
                AuditAction.DECISION_RECORDED.name(), null, null);
        List<AuditEvent> entries = events.page(recorded, 0, null, 1).page().items();
        return entries.isEmpty() ? null : entries.get(0).actor();
    }
}
