package io.leadrules.app.lead;

import io.leadrules.app.system.PathIds;
import java.util.UUID;

/** A lead id from a path (see {@link PathIds}). */
final class LeadIds {

    private LeadIds() {
    }

    static UUID parse(String id) {
        return PathIds.lead(id);
    }
}
