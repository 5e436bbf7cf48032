package io.leadrules.app.ruleset;

import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditDigest;
import io.leadrules.app.trail.AuditTrail;
import io.leadrules.app.trail.Hashes;
import io.leadrules.app.trail.RuleVersionDigests;
import io.leadrules.app.trail.RuleVersionDigests.FileDigest;
import io.leadrules.rules.engine.RuleFile;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The audit entries of rule versions, each in the transaction of the change. An upload's digest covers the version's
 * files ({@link RuleVersionDigests}); a test's the report's SHA-256; an activation's the version, the one it replaced
 * and the instant. Activating a RETIRED version is a rollback.
 */
@Component
class RuleVersionAudit {

    private static final String SUBJECT = "rule-version";

    private final AuditTrail trail;

    RuleVersionAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void uploaded(RuleVersionRecord version, List<RuleFile> files) {
        List<FileDigest> digests = files.stream().map(file -> new FileDigest(file.name(), Sha256.of(file.content())))
                .toList();
        trail.record(AuditAction.RULE_VERSION_UPLOADED, SUBJECT, version.versionId(),
                RuleVersionDigests.uploaded(version.id(), version.contentHash(), digests));
    }

    void tested(long id, String report, Instant testedAt) {
        trail.record(AuditAction.RULE_VERSION_TESTED, SUBJECT, Long.toString(id), AuditDigest.plain(Map.of("id", id,
                "testedAt", testedAt, "report", Hashes.sha256(report))));
    }

    void activated(RuleVersionRecord version, Long previous, Instant at, boolean selfApproved) {
        Map<String, Object> form = new HashMap<>();
        form.put("id", version.id());
        form.put("previous", previous);
        form.put("activatedAt", at);
        form.put("selfApproved", selfApproved);
        AuditAction action = version.status() == RuleVersionRecord.Status.RETIRED
                ? AuditAction.RULE_VERSION_ROLLED_BACK : AuditAction.RULE_VERSION_ACTIVATED;
        trail.record(action, SUBJECT, version.versionId(), AuditDigest.plain(form));
    }

    void deleted(RuleVersionRecord version, Instant at) {
        trail.record(AuditAction.RULE_VERSION_DELETED, SUBJECT, version.versionId(), AuditDigest.plain(Map.of(
                "id", version.id(), "contentHash", version.contentHash(), "deletedAt", at)));
    }
}
