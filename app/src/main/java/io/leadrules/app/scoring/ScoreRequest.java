package io.leadrules.app.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1/scores}: the lead to score, what it did, and the instant to score it at (now when absent).
 * Only {@code lead} is required. Also one line of {@code POST /api/v1/scores/batch} (public for it).
 */
public record ScoreRequest(
        Instant asOf,
        @NotNull(message = "is required: send the lead to score as an object") @Valid LeadData lead,
        List<@NotNull(message = "must be an activity object, not null") @Valid ActivityData> activities) {

    public int activityCount() {
        return activities == null ? 0 : activities.size();
    }
}
