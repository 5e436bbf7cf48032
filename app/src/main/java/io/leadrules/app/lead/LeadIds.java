package io.leadrules.app.lead;

import io.leadrules.app.system.PathIds;
import java.util.UUID;

/** A lead id from a path (see {@link PathIds}). */
public final class LeadIds {

    private LeadIds() {
    }

    public static UUID parse(String id) {
        return PathIds.parse(id, LeadProblem.LEAD_NOT_FOUND, "lead", "as POST /api/v1/leads answers them");
    }
}
