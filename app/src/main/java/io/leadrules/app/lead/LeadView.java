package io.leadrules.app.lead;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.leadrules.app.decision.DecisionSchema;
import io.leadrules.app.scoring.LeadData;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A stored lead as {@code GET /api/v1/leads/{id}} answers it: the lead members under the names a client sends them
 * (unwrapped: a member added to {@link LeadData} shows here too), when it was created and last changed, and its
 * current decision ({@code null} before the first).
 */
record LeadView(UUID id, @JsonUnwrapped LeadData lead, Instant createdAt, Instant updatedAt,
                @Schema(ref = DecisionSchema.DECISION,
                        description = "The latest decision: the scoring response plus id, leadId and decidedAt")
                JsonNode current) {
}
