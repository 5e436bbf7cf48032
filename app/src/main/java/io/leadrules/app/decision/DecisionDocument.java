package io.leadrules.app.decision;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A decision as the API shows it: {@code id}, {@code leadId} and {@code decidedAt} first, then the scoring response
 * exactly as it was stored when the decision was made. The stored JSON is served, not re-rendered from today's
 * classes, so the record shows what was decided even after the response format gains members. Only {@code reason}
 * may read otherwise: in the language asked for, taken from the {@code reasons} the decision stored.
 */
@Component
public class DecisionDocument {

    private final JsonMapper json;
    private final ReasonLanguage languages;

    DecisionDocument(JsonMapper json, ReasonLanguage languages) {
        this.json = json;
        this.languages = languages;
    }

    /** The decision with its reasons in the request's language (Accept-Language), when its version has it. */
    public ObjectNode of(StoredDecision decision) {
        return of(decision, languages.requested());
    }

    /**
     * The decision with its reasons in the language ({@code es}) where it stored them, in the default language
     * (English) elsewhere: a decision stored without translations is served exactly as it was written.
     */
    public ObjectNode of(StoredDecision decision, String language) {
        return languages.shown(stored(decision), language);
    }

    private ObjectNode stored(StoredDecision decision) {
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
