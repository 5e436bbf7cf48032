package io.leadrules.app.lead;

import java.time.Instant;

/** A stored activity as {@code GET /api/v1/leads/{id}/activities} lists it; {@code receivedAt}: when it was stored. */
record ActivityView(String id, String type, Instant occurredAt, String detail, Instant receivedAt) {
}
