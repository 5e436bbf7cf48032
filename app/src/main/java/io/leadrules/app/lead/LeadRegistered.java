package io.leadrules.app.lead;

import io.leadrules.app.decision.DecisionSchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code POST /api/v1/leads}: the lead's id, whether the request updated a lead already stored, the
 * decision it led to, and which activity ids were stored now and which were already there (or repeated).
 */
record LeadRegistered(UUID id, boolean merged, @Schema(ref = DecisionSchema.DECISION) JsonNode decision, List<String> accepted, List<String> duplicates) {
}
