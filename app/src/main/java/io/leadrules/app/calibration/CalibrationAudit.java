package io.leadrules.app.calibration;

import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditDigest;
import io.leadrules.app.trail.AuditTrail;
import io.leadrules.app.trail.Hashes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit entries of calibrations, each in the transaction of the change. A proposal's digest covers the version,
 * the method, the curve's SHA-256 and the data it was fitted on; an approval's the instant, whether it was self-approved
 * and the calibrations it retired.
 */
@Component
class CalibrationAudit {

    private static final String SUBJECT = "calibration";

    private final AuditTrail trail;
    private final JsonMapper json;

    CalibrationAudit(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    void proposed(StoredCalibration c) {
        Map<String, Object> form = new HashMap<>();
        form.put("id", c.id().toString());
        form.put("rulesetVersion", c.rulesetVersion());
        form.put("method", c.method().name());
        form.put("curve", Hashes.sha256(json.writeValueAsString(c.curve())));
        form.put("sampleSize", c.sampleSize());
        form.put("converted", c.converted());
        form.put("backtestId", c.backtestId() == null ? null : c.backtestId().toString());
        form.put("createdAt", c.createdAt());
        trail.record(AuditAction.CALIBRATION_PROPOSED, SUBJECT, c.id().toString(), AuditDigest.plain(form));
    }

    void approved(StoredCalibration c, Instant at, boolean selfApproved, List<UUID> retired) {
        trail.record(AuditAction.CALIBRATION_APPROVED, SUBJECT, c.id().toString(), AuditDigest.plain(Map.of(
                "id", c.id().toString(), "rulesetVersion", c.rulesetVersion(), "approvedAt", at,
                "selfApproved", selfApproved, "retired", retired.stream().map(UUID::toString).toList())));
    }
}
