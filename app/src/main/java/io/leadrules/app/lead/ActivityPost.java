package io.leadrules.app.lead;

import io.leadrules.app.scoring.ActivityData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * {@code POST /api/v1/leads/{id}/activities}: the body is one activity or an array of them; either way it is read
 * as this list, so problems name {@code activities[i].member} as they do for {@code POST /api/v1/leads}.
 */
record ActivityPost(
        @StorableActivities
        List<@NotNull(message = "must be an activity object, not null") @Valid ActivityData> activities) {
}
