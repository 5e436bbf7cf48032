package io.leadrules.app.trail;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of {@code audit_entries}. Its hash, which the sealer stores and the block's Merkle root covers, is the
 * SHA-256 of the canonical JSON of every member but {@code id} (an insertion order with gaps) and the hash itself.
 */
public record SealedEntry(long id, Long sequenceNumber, Long blockNumber, Instant recordedAt, String actor,
                          String action, String subjectType, String subjectId, String digest, String personalDigest,
                          String entryHash) {

    public String computedHash() {
        return hash(sequenceNumber, blockNumber);
    }

    String hash(long sequence, long block) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("sequence", sequence);
        form.put("block", block);
        form.put("recordedAt", recordedAt);
        form.put("actor", actor);
        form.put("action", action);
        form.put("subjectType", subjectType);
        form.put("subjectId", subjectId);
        form.put("digest", digest);
        form.put("personalDigest", personalDigest);
        return Hashes.sha256(Canonical.json(form));
    }

    /** This entry with another digest (the sealer's, for one written {@link AuditDigest#pending()}). */
    SealedEntry withDigest(AuditDigest taken) {
        return new SealedEntry(id, sequenceNumber, blockNumber, recordedAt, actor, action, subjectType, subjectId,
                taken.digest(), taken.personalDigest(), entryHash);
    }
}
