package io.leadrules.app.decision;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A decision as the API shows it: {@code id}, {@code leadId} and {@code decidedAt} first, then the scoring response
 * exactly as it was stored when the decision was made. The stored JSON is served, not re-rendered from today's
 * classes, so the record shows what was decided even after the response format gains members.
 */
@Component
public class DecisionDocument {

    private final JsonMapper json;

    DecisionDocument(JsonMapper json) {
        this.json = json;
    }

    public ObjectNode of(StoredDecision decision) {
        ObjectNode document = json.createObjectNode();
        document.put("id", decision.id().toString());
        document.put("leadId", decision.leadId().toString());
        document.put("decidedAt", decision.decidedAt().toString());
        JsonNode result = json.readTree(decision.result());
        if (result instanceof ObjectNode members) {
            document.setAll(members);
        }
        return document;
    }
}
