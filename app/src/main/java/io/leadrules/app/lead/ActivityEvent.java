package io.leadrules.app.lead;

import io.leadrules.app.scoring.ActivityData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * One activity for one lead, as it arrives from a stream rather than an HTTP path (the Kafka topic of ADR 0041):
 * the lead by {@code leadId} or by {@code externalId}, exactly one of them, and the activity exactly as
 * {@code POST /api/v1/leads/{id}/activities} takes it.
 */
public record ActivityEvent(
        UUID leadId,
        @Size(max = 255, message = "must be at most {max} characters long") String externalId,
        @NotNull(message = "is required: the activity, as POST /api/v1/leads/{id}/activities takes one")
        @Valid ActivityData activity) {
}
