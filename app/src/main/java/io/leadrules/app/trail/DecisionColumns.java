package io.leadrules.app.trail;

import java.time.Instant;
import java.util.UUID;

/** The stored columns of one decision record, as the decision journal writes them and verification reads them. */
public record DecisionColumns(UUID id, UUID leadId, long sequenceNumber, Instant asOf, Instant decidedAt,
                              String rulesetVersion, String rulesetHash, Integer score, String stage,
                              String temperature, String inputSnapshot, String result) {
}
