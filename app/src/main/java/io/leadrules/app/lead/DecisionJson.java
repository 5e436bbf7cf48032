package io.leadrules.app.lead;

import io.leadrules.app.audit.DecisionSnapshots;
import io.leadrules.app.audit.DecisionStore;
import io.leadrules.app.audit.StoredDecision;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A decision as the API shows it: {@code id}, {@code leadId}, {@code decidedAt}, then the scoring response. */
@Component
class DecisionJson {

    private final DecisionSnapshots snapshots;
    private final DecisionStore decisions;

    DecisionJson(DecisionSnapshots snapshots, DecisionStore decisions) {
        this.snapshots = snapshots;
        this.decisions = decisions;
    }

    JsonNode of(StoredDecision decision) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", decision.id().toString());
        json.put("leadId", decision.leadId().toString());
        json.put("decidedAt", decision.decidedAt().toString());
        json.setAll((ObjectNode) snapshots.tree(decision.result()));
        return json;
    }

    /** The lead's current decision, or {@code null} before its first. */
    JsonNode current(StoredLead lead) {
        if (lead.current() == null || lead.current().currentDecisionId() == null) {
            return null;
        }
        return decisions.findById(lead.current().currentDecisionId()).map(this::of).orElse(null);
    }
}
