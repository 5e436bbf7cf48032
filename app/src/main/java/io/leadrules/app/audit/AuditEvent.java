package io.leadrules.app.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.leadrules.app.trail.SealedEntry;
import java.time.Instant;

/**
 * One audit entry as the API shows it. The list seals waiting entries first, so {@code sequence} and {@code block} are
 * set; only a row someone put into {@code audit_entries} by hand could lack them (verification names it).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEvent(Long sequence, Instant instant, String actor, String action, Subject subject, String digest,
                  String personalDigest, Long block) {

    /** What the entry is about: {@code lead}, {@code decision} or {@code rule-version}, and its id. */
    public record Subject(String type, String id) {
    }

    static AuditEvent of(SealedEntry entry) {
        return new AuditEvent(entry.sequenceNumber(), entry.recordedAt(), entry.actor(), entry.action(),
                new Subject(entry.subjectType(), entry.subjectId()), entry.digest(), entry.personalDigest(),
                entry.blockNumber());
    }
}
