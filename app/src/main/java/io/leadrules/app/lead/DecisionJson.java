package io.leadrules.app.lead;

import io.leadrules.app.audit.DecisionDocument;
import io.leadrules.app.audit.DecisionStore;
import io.leadrules.app.audit.StoredDecision;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The decisions a lead answer carries, as the API shows them ({@link DecisionDocument}). */
@Component
class DecisionJson {

    private final DecisionDocument documents;
    private final DecisionStore decisions;

    DecisionJson(DecisionDocument documents, DecisionStore decisions) {
        this.documents = documents;
        this.decisions = decisions;
    }

    JsonNode of(StoredDecision decision) {
        return documents.of(decision);
    }

    /** The lead's current decision, or {@code null} before its first. */
    JsonNode current(StoredLead lead) {
        if (lead.current() == null || lead.current().currentDecisionId() == null) {
            return null;
        }
        return decisions.findById(lead.current().currentDecisionId()).map(this::of).orElse(null);
    }
}
