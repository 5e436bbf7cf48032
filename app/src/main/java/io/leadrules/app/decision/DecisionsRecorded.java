package io.leadrules.app.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Decisions just recorded, published in the transaction that records them (by {@link DecisionJournal} for one lead,
 * by {@link PageDecisions} for a page): a listener that writes in that transaction commits or rolls back with them.
 * What the decisions say, without their snapshots (so without personal data).
 */
public record DecisionsRecorded(List<Recorded> decisions) {

    /** One recorded decision: the lead's {@code sequenceNumber}-th. */
    public record Recorded(UUID decisionId, UUID leadId, long sequenceNumber, Integer score, String stage,
                           String temperature, String rulesetVersion, Instant decidedAt) {
    }
}
