package io.leadrules.app.lead;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import java.util.UUID;
import java.util.regex.Pattern;

/** A lead id from a path. Lead ids are UUIDs: anything else names no lead, a 404 problem rather than a 500. */
final class LeadIds {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private LeadIds() {
    }

    static UUID parse(String id) {
        if (id == null || !UUID_TEXT.matcher(id).matches()) {
            String shown = id == null ? "" : id.length() > 60 ? id.substring(0, 60) + "..." : id;
            throw new ProblemException(ProblemType.LEAD_NOT_FOUND, "No lead has the id \"" + shown + "\": lead ids "
                    + "are UUIDs such as 0b8f6a4e-3c1d-4f7a-9e2b-5d6c7a8b9c0d, as POST /api/v1/leads answers them.");
        }
        return UUID.fromString(id);
    }
}
