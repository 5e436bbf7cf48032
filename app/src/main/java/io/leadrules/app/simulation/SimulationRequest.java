package io.leadrules.app.simulation;

import java.time.Instant;

/**
 * The body of {@code POST /api/v1/rulesets/{id}/simulation}; every member is optional, and so is the body.
 *
 * @param asOf   the instant both versions evaluate the leads at, not in the future (default: now)
 * @param filter which leads to compare (default: every stored lead that is not erased)
 */
public record SimulationRequest(Instant asOf, LeadFilter filter) {
}
