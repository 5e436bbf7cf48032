package io.leadrules.app.rescoring;

import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.rescoring.LeadRescoring.Outcome;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether a fresh result differs from the lead's current decision, ignoring {@code asOf} (which always differs):
 * UNCHANGED, RESCORED (another score, explanation or action) or CHANGED (another stage or temperature). Both are
 * compared as JSON trees, as recorded, so the page path and the one-by-one path judge a lead alike.
 */
@Component
class ResultComparison {

    private final DecisionSnapshots snapshots;

    ResultComparison(DecisionSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** {@code recorded}: the current decisions' results by decision id (the lead's must be among them). */
    Outcome outcome(StoredLead lead, Map<UUID, String> recorded, String fresh) {
        UUID current = lead.currentDecisionId();
        String result = current == null ? null : recorded.get(current);
        if (current != null && result == null) {
            throw new IllegalStateException("Lead " + lead.id() + " names decision " + current
                    + " as its current one, which does not exist");
        }
        return outcome(result == null ? null : withoutAsOf(snapshots.tree(result)), withoutAsOf(snapshots.tree(fresh)));
    }

    private static Outcome outcome(ObjectNode recorded, ObjectNode fresh) {
        if (fresh.equals(recorded)) {
            return Outcome.UNCHANGED;
        }
        boolean moved = recorded == null || !Objects.equals(recorded.get("stage"), fresh.get("stage"))
                || !Objects.equals(recorded.get("temperature"), fresh.get("temperature"));
        return moved ? Outcome.CHANGED : Outcome.RESCORED;
    }

    private static ObjectNode withoutAsOf(JsonNode result) {
        if (!(result instanceof ObjectNode object)) {
            throw new IllegalStateException("A recorded result is not a JSON object: " + result.getNodeType());
        }
        object.remove("asOf");
        return object;
    }
}
