package io.leadrules.app.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which stored leads a simulation compares: a lead matches when it matches every member given (a list: any of its
 * values). Members left out (or null) do not filter. The classification members test the lead's current decision as
 * stored on it, {@code NONE} matching a lead without that value (never decided, or INVALID for temperature and
 * priority); {@code sources} tests the profile's source ignoring case; {@code createdFrom} (inclusive) and
 * {@code createdTo} (exclusive) its creation. Erased leads never match. As stored in a job, values are checked, upper
 * case, without repeats and sorted, so two equal filters are equal text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeadFilter(List<String> stages, List<String> temperatures, List<String> grades, List<String> priorities,
                  List<String> sources, Instant createdFrom, Instant createdTo, List<UUID> leadIds) {

    static final LeadFilter ALL = new LeadFilter(null, null, null, null, null, null, null, null);
}
