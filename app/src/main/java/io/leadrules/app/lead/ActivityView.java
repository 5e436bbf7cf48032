package io.leadrules.app.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A stored activity as {@code GET /api/v1/leads/{id}/activities} lists it; {@code receivedAt}: when it was stored.
 * {@code value} is null and {@code properties} empty when the activity has none.
 */
record ActivityView(String id, String type, Instant occurredAt, String detail, BigDecimal value,
                    Map<String, String> properties, Instant receivedAt) {
}
