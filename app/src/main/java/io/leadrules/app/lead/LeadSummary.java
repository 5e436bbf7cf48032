package io.leadrules.app.lead;

import java.time.Instant;
import java.util.UUID;

/** One lead in the sales queue: who it is and its current decision, as copied on the lead row. */
public record LeadSummary(UUID id, String externalId, String firstName, String lastName, String email, String company,
                   String jobTitle, Integer score, String grade, String temperature, String stage,
                   String funnelStage, String priority, String rulesetVersion, Instant decidedAt,
                   Instant createdAt, Instant updatedAt) {
}
