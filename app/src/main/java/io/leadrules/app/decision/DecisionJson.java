package io.leadrules.app.decision;

import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The decisions a lead answer carries, as the API shows them ({@link DecisionDocument}). */
@Component
public class DecisionJson {

    private final DecisionDocument documents;
    private final DecisionStore decisions;

    DecisionJson(DecisionDocument documents, DecisionStore decisions) {
        this.documents = documents;
        this.decisions = decisions;
    }

    public JsonNode of(StoredDecision decision) {
        return documents.of(decision);
    }

    /** The lead's current decision (the id the lead holds), or {@code null} before its first. */
    public JsonNode current(UUID currentDecisionId) {
        if (currentDecisionId == null) {
            return null;
        }
        return decisions.findById(currentDecisionId).map(this::of).orElse(null);
    }
}
