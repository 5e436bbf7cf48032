package io.leadrules.app.system;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids from request paths. Ids are UUIDs: a path id that is not one names nothing, so it is the same 404 problem as an
 * id nobody has (never a 400 about types, never a 500), for leads, decisions, rescoring jobs and simulations alike.
 */
public final class PathIds {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PathIds() {
    }

    /**
     * The UUID the path names, or the feature's not-found problem when it is not one.
     *
     * @param what  what the id names, for the detail ("lead")
     * @param where where valid ids come from, for the detail ("as POST /api/v1/leads answers them")
     */
    public static UUID parse(String id, ProblemType notFound, String what, String where) {
        if (id == null || !UUID_TEXT.matcher(id).matches()) {
            String shown = id == null ? "" : id.length() > 60 ? id.substring(0, 60) + "..." : id;
            throw new ProblemException(notFound, "No " + what + " has the id \"" + shown + "\": " + what
                    + " ids are UUIDs such as 0b8f6a4e-3c1d-4f7a-9e2b-5d6c7a8b9c0d, " + where + ".");
        }
        return UUID.fromString(id);
    }
}
