package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.RuleFile;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code rule_versions}, {@code rule_version_files} and {@code rule_activations} tables. A version's files never
 * change once stored; only its status and last test report do.
 */
@Repository
class RuleVersionStore {

    private static final String COLUMNS = "id, label, author, created_at, based_on, status, content_hash, rule_count, "
            + "activity_types, validation_report, test_report, tested_at, developer_changes";

    private final JdbcClient jdbc;

    RuleVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next id: past every stored version and every deleted draft, so an id never names two rule sets. */
    long nextId() {
        return jdbc.sql("SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM rule_versions),"
                + " (SELECT COALESCE(MAX(version_id), 0) FROM rule_version_deletions)) + 1").query(Long.class).single();
    }

    void insert(RuleVersionRecord version, List<RuleFile> files) {
        jdbc.sql("INSERT INTO rule_versions (" + COLUMNS + ") VALUES (:id, :label, :author, :createdAt, :basedOn,"
                        + " :status, :contentHash, :ruleCount, :activityTypes, :validationReport, :testReport,"
                        + " :testedAt, :developerChanges)")
                .param("id", version.id()).param("label", version.label()).param("author", version.author())
                .param("createdAt", Timestamp.from(version.createdAt())).param("basedOn", version.basedOn())
                .param("status", version.status().name()).param("contentHash", version.contentHash())
                .param("ruleCount", version.ruleCount()).param("activityTypes", version.activityTypes())
                .param("validationReport", version.validationReport())
                .param("testReport", version.testReport())
                .param("developerChanges", version.developerChanges())
                .param("testedAt", version.testedAt() == null ? null : Timestamp.from(version.testedAt()))
                .update();
        for (int position = 0; position < files.size(); position++) {
            RuleFile file = files.get(position);
            byte[] content = file.content();
            jdbc.sql("INSERT INTO rule_version_files (version_id, position, name, sha256, size_bytes, content)"
                            + " VALUES (:version, :position, :name, :sha256, :size, :content)")
                    .param("version", version.id()).param("position", position).param("name", file.name())
                    .param("sha256", Sha256.of(content)).param("size", content.length).param("content", content)
                    .update();
        }
    }

    Optional<RuleVersionRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_versions WHERE id = :id").param("id", id)
                .query(RuleVersionRecord.class).optional();
    }

    /** The version with this API id; a 404 problem when there is none (a malformed id names no version either). */
    RuleVersionRecord existing(String versionId) {
        return RuleVersionIds.parse(versionId).flatMap(this::find).orElseThrow(() -> new ProblemException(
                RuleSetProblem.RULESET_NOT_FOUND, "No rule version has the id " + versionId + ". The versions are "
                + "listed at GET /api/v1/rulesets.").with("rulesetVersion", versionId));
    }

    /** Newest first. */
    List<RuleVersionRecord> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_versions ORDER BY id DESC").query(RuleVersionRecord.class)
                .list();
    }

    /**
     * The version every instance serves now. Usually the one stored ACTIVE; but from the instant of a pending
     * activation on, its version (shown ACTIVE), even in the moment before an instance has settled the stored
     * statuses ({@link RuleVersionActivation#settle}); before that instant, the one stored ACTIVE. The instant is
     * read on the wall clock, as every instance reads it (ADR 0038).
     */
    Optional<RuleVersionRecord> active() {
        Optional<RuleVersionRecord> due = jdbc.sql("SELECT " + COLUMNS + " FROM rule_versions WHERE id = (SELECT"
                        + " version_id FROM rule_activation_plans WHERE pending_slot = 1 AND effective_at <= :now)")
                .param("now", Timestamp.from(Instant.now())).query(RuleVersionRecord.class).optional();
        if (due.isPresent()) {
            return due.map(version -> version.withStatus(RuleVersionRecord.Status.ACTIVE));
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_versions WHERE status = 'ACTIVE'")
                .query(RuleVersionRecord.class).optional();
    }

    /** The id of the version stored ACTIVE, whatever is pending. */
    long storedActiveId() {
        return jdbc.sql("SELECT id FROM rule_versions WHERE status = 'ACTIVE'").query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("No rule version is active"));
    }

    /** Name, SHA-256 and size of each file, in the version's order. */
    List<FileEntry> entries(long id) {
        return jdbc.sql("SELECT name, sha256, size_bytes FROM rule_version_files WHERE version_id = :id"
                        + " ORDER BY position").param("id", id)
                .query((rs, n) -> new FileEntry(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    List<RuleFile> files(long id) {
        return jdbc.sql("SELECT name, content FROM rule_version_files WHERE version_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new RuleFile(rs.getString(1), rs.getBytes(2))).list();
    }

    Optional<RuleFile> file(long id, String name) {
        return jdbc.sql("SELECT name, content FROM rule_version_files WHERE version_id = :id AND name = :name")
                .param("id", id).param("name", name)
                .query((rs, n) -> new RuleFile(rs.getString(1), rs.getBytes(2))).optional();
    }

    void saveTestReport(long id, String report, Instant testedAt) {
        jdbc.sql("UPDATE rule_versions SET test_report = :report, tested_at = :at WHERE id = :id")
                .param("report", report).param("at", Timestamp.from(testedAt)).param("id", id).update();
    }

    /**
     * Makes {@code id} the ACTIVE version, {@code previous} RETIRED, and records the activation; false, changing
     * nothing the caller's transaction keeps, when {@code previous} is no longer the active version or {@code id}
     * already is (another activation won: the status updates compare and set, so only one of two wins even across
     * instances of the service).
     */
    boolean activate(long id, Long previous, Instant at, String by, boolean selfApproved) {
        if (previous != null && jdbc.sql("UPDATE rule_versions SET status = 'RETIRED' WHERE id = :previous"
                + " AND status = 'ACTIVE'").param("previous", previous).update() != 1) {
            return false;
        }
        if (jdbc.sql("UPDATE rule_versions SET status = 'ACTIVE' WHERE id = :id AND status <> 'ACTIVE'")
                .param("id", id).update() != 1) {
            return false;
        }
        long sequence = jdbc.sql("SELECT COALESCE(MAX(sequence_number), 0) + 1 FROM rule_activations")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO rule_activations (sequence_number, version_id, previous_version_id, activated_at,"
                        + " activated_by, self_approved) VALUES (:sequence, :id, :previous, :at, :by, :self)")
                .param("sequence", sequence).param("id", id).param("previous", previous)
                .param("at", Timestamp.from(at)).param("by", by).param("self", selfApproved).update();
        return true;
    }

    /** The version live at the instant: the last activated at or before it, else the first ever activated. */
    long liveAt(Instant instant) {
        return jdbc.sql("SELECT version_id FROM rule_activations WHERE activated_at <= :at"
                        + " ORDER BY activated_at DESC, sequence_number DESC LIMIT 1")
                .param("at", Timestamp.from(instant)).query(Long.class).optional()
                .or(() -> jdbc.sql("SELECT version_id FROM rule_activations ORDER BY sequence_number LIMIT 1")
                        .query(Long.class).optional())
                .orElseThrow(() -> new IllegalStateException("No rule version has ever been activated"));
    }

    /** Every time the version was made active, oldest first. */
    List<Activation> activations(long id) {
        return jdbc.sql("SELECT activated_at, activated_by, previous_version_id, self_approved FROM rule_activations"
                        + " WHERE version_id = :id ORDER BY sequence_number").param("id", id)
                .query((rs, n) -> new Activation(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getObject(3) == null ? null : Long.toString(rs.getLong(3)),
                        rs.getBoolean(4)))
                .list();
    }

    /** The ids of the versions based on {@code id}, oldest first. */
    List<Long> basedOn(long id) {
        return jdbc.sql("SELECT id FROM rule_versions WHERE based_on = :id ORDER BY id").param("id", id)
                .query(Long.class).list();
    }

    /**
     * One activation of a version: when, by whom (the approver), the version it replaced (null for the first), and
     * whether the approver was the uploader (only while four eyes are off).
     */
    record Activation(Instant activatedAt, String activatedBy, String replaced, boolean selfApproved) {
    }

    /** One file of a version, without its bytes. */
    record FileEntry(String name, String sha256, int size) {
    }
}
