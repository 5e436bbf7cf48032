package io.leadrules.app.decision;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One decision about a stored lead, never updated (erasure only pseudonymises its snapshots): when and as of when
 * it was made, under which rule version (and the hash of its files), everything the engine saw
 * ({@code inputSnapshot}) and everything it answered ({@code result}, the scoring response), both as JSON.
 */
@Table("decisions")
public record StoredDecision(@Id UUID id, UUID leadId, long sequenceNumber, Instant asOf, Instant decidedAt,
                             String rulesetVersion, String rulesetHash, Integer score, String stage,
                             String temperature, String inputSnapshot, String result) {

    public StoredDecision withSnapshots(String newInput, String newResult) {
        return new StoredDecision(id, leadId, sequenceNumber, asOf, decidedAt, rulesetVersion, rulesetHash, score,
                stage, temperature, newInput, newResult);
    }
}
