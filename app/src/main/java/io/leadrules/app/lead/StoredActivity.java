package io.leadrules.app.lead;

import java.time.Instant;
import java.util.UUID;

/** One stored activity of a lead; {@code activityId} is the client's id, unique per lead. */
public record StoredActivity(UUID leadId, String activityId, String type, Instant occurredAt, String detail,
                             Instant receivedAt) {
}
