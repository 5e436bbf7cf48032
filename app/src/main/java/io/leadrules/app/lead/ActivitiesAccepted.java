package io.leadrules.app.lead;

import io.leadrules.app.decision.DecisionSchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /api/v1/leads/{id}/activities}: the ids stored now, the ids that were already stored or
 * repeated in the post, and the lead's decision: a new one when anything was stored, else the current one.
 */
record ActivitiesAccepted(List<String> accepted, List<String> duplicates, @Schema(ref = DecisionSchema.DECISION) JsonNode decision) {
}
