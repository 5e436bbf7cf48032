package io.leadrules.app.lead;

import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.LeadData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * {@code POST /api/v1/leads}: the {@code lead} and {@code activities} of {@code POST /api/v1/scores}, read and checked
 * the same way, plus what storing needs: every activity has an {@code id}. No {@code asOf}: a stored lead is
 * scored as of now. Public for the bulk import ({@code lead.imports}), whose lines are these bodies.
 */
public record LeadRequest(
        @NotNull(message = "is required: send the lead as an object") @Valid @StorableLead LeadData lead,
        @StorableActivities
        List<@NotNull(message = "must be an activity object, not null") @Valid ActivityData> activities) {

    public List<ActivityData> activitiesOrNone() {
        return activities == null ? List.of() : activities;
    }
}
