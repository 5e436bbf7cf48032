package io.leadrules.app.console.audit;

import io.leadrules.app.decision.StoredDecision;
import java.time.Instant;
import java.time.LocalDateTime;
import tools.jackson.databind.node.ObjectNode;

/** A decision as a row of a lead's list: when (UTC), under which version, its score and stage. */
record DecisionRow(String id, LocalDateTime decidedAt, String version, Integer score, String stage,
                   String temperature) {

    /** From a decision document as the API lists it. */
    static DecisionRow of(ObjectNode document) {
        String decidedAt = Json.text(document.path("decidedAt"));
        return new DecisionRow(Json.text(document.path("id")),
                decidedAt == null ? null : Json.utc(Instant.parse(decidedAt)),
                Json.text(document.path("rulesetVersion")), Json.whole(document.path("score")),
                Json.text(document.path("stage")), Json.text(document.path("temperature")));
    }

    static DecisionRow of(StoredDecision decision) {
        return new DecisionRow(decision.id().toString(), Json.utc(decision.decidedAt()), decision.rulesetVersion(),
                decision.score(), decision.stage(), decision.temperature());
    }
}
