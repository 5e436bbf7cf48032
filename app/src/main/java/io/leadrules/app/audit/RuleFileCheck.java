package io.leadrules.app.audit;

import io.leadrules.app.audit.Verification.Mismatch;
import io.leadrules.app.audit.Verification.Tally;
import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.Hashes;
import io.leadrules.app.trail.RuleVersionDigests;
import io.leadrules.app.trail.RuleVersionDigests.FileDigest;
import io.leadrules.app.trail.SealedEntries;
import io.leadrules.app.trail.SealedEntry;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every rule file's bytes against its stored SHA-256, every version's files against its content hash, and the
 * version against the digest of its RULE_VERSION_UPLOADED entry (a version stored before the trail started has
 * none); then every uploaded version the trail names is still stored, or its deletion was recorded. One version's
 * files are in memory at a time.
 */
@Component
class RuleFileCheck {

    private final JdbcClient jdbc;
    private final SealedEntries entries;

    RuleFileCheck(JdbcClient jdbc, SealedEntries entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    private record Version(long id, String contentHash, Instant createdAt) {
    }

    private record StoredFile(String name, String sha256, byte[] content) {
    }

    Optional<Mismatch> check(Tally tally, TrailStart start) {
        List<Version> versions = jdbc.sql("SELECT id, content_hash, created_at FROM rule_versions ORDER BY id")
                .query((rs, n) -> new Version(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).list();
        for (Version version : versions) {
            Optional<Mismatch> found = check(version, start, tally);
            if (found.isPresent()) {
                return found;
            }
        }
        return deleted();
    }

    /**
     * The first version the trail saw uploaded that is gone without a recorded deletion: only a draft deleted through
     * the service (RULE_VERSION_DELETED, in the same transaction) may disappear.
     */
    private Optional<Mismatch> deleted() {
        return jdbc.sql("SELECT e.subject_id FROM audit_entries e WHERE e.action = :uploaded"
                        + " AND e.sequence_number IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM rule_versions v WHERE CAST(v.id AS VARCHAR) = e.subject_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM audit_entries d WHERE d.action = :deleted"
                        + " AND d.subject_id = e.subject_id) ORDER BY e.sequence_number LIMIT 1")
                .param("uploaded", AuditAction.RULE_VERSION_UPLOADED.name())
                .param("deleted", AuditAction.RULE_VERSION_DELETED.name()).query(String.class).optional()
                .map(id -> new Mismatch("rule-version", id, "was recorded as uploaded but has been deleted, and no "
                        + "deletion of it was recorded"));
    }

    private Optional<Mismatch> check(Version version, TrailStart start, Tally tally) {
        List<StoredFile> files = jdbc.sql("SELECT name, sha256, content FROM rule_version_files WHERE version_id = :id"
                        + " ORDER BY position").param("id", version.id())
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
        for (StoredFile file : files) {
            if (!Hashes.sha256(file.content()).equals(file.sha256())) {
                return Optional.of(new Mismatch("rule-file", version.id() + "/" + file.name(),
                        "its bytes do not match its stored SHA-256"));
            }
        }
        tally.add(files.size() + 1L);
        String versionId = Long.toString(version.id());
        if (!CompiledRuleSet.hash(files.stream().map(f -> new RuleFile(f.name(), f.content())).toList())
                .equals(version.contentHash())) {
            return Optional.of(new Mismatch("rule-version", versionId, "its files do not match its content hash"));
        }
        List<SealedEntry> uploaded = entries.about(versionId, AuditAction.RULE_VERSION_UPLOADED);
        if (uploaded.isEmpty()) {
            return start.covers(version.createdAt())
                    ? Optional.of(new Mismatch("rule-version", versionId, "has no audit entry")) : Optional.empty();
        }
        String digest = RuleVersionDigests.uploaded(version.id(), version.contentHash(),
                files.stream().map(f -> new FileDigest(f.name(), f.sha256())).toList()).digest();
        return digest.equals(uploaded.get(0).digest()) ? Optional.empty() : Optional.of(new Mismatch("rule-version",
                versionId, "its files or content hash differ from what was recorded when it was uploaded"));
    }
}
