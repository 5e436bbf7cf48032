package io.leadrules.app.ruleset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * Where a version's latest activation stands and which instances are ready for it ({@code GET
 * /api/v1/rulesets/{id}/activation}, and the {@code activation} member of an activation's answer).
 *
 * @param state         PENDING (waiting for its instant, or for the instances when effectiveAt is null), DONE,
 *                      CANCELLED, FAILED; NONE when the version was never activated since instants were recorded
 * @param effectiveAt   the instant it takes (took) effect on every instance; null while being fixed, or for NONE
 * @param activeVersion the version every instance must serve now
 * @param instances     every live instance (heartbeat within a few heartbeats), oldest start first
 */
record ActivationView(String rulesetVersion,
                      @Schema(allowableValues = {"PENDING", "DONE", "CANCELLED", "FAILED", "NONE"}) String state,
                      Instant effectiveAt, String previousVersion, String requestedBy, Instant requestedAt,
                      String outcome, String activeVersion, List<InstanceView> instances) {

    /**
     * One live instance as its last heartbeat described it.
     *
     * @param serving the version its new evaluations use
     * @param ready   whether it serves this version or holds it compiled, ready to switch at the instant
     * @param behind  why it does not serve the version it must now (its readiness is DOWN meanwhile), else null
     */
    record InstanceView(String instanceId, String host, int port, Instant startedAt, Instant heartbeatAt,
                        String serving, boolean ready, String behind) {
    }
}
