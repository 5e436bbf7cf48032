package io.leadrules.app.trail;

import java.util.UUID;

/**
 * The trail replaced by one that records nothing: the service as it was before the audit trail, for
 * {@code io.leadrules.bench.AuditTrailBench}. Not a component: only the bench's own configuration makes it a bean.
 */
public class SilentTrail extends AuditTrail {

    private static final AuditDigest NONE = new AuditDigest("", null);

    public SilentTrail() {
        super(null, null, null, null, null, null, null);
    }

    @Override
    public void record(AuditAction action, String subjectType, String subjectId, AuditDigest digest) {
        // records nothing: the service without the trail
    }

    @Override
    public void newPerson(UUID leadId) {
        // no salt: nothing about the person is recorded
    }

    @Override
    public AuditDigest aboutPerson(UUID leadId, Object plain, Object personal) {
        return NONE;
    }

    @Override
    public void recordDecision(UUID decisionId, UUID leadId) {
        // records nothing: the service as it was before the trail
    }

    @Override
    public AuditDigest decision(DecisionColumns decision) {
        return NONE;
    }

    @Override
    public void forgetPerson(UUID leadId) {
        // no salt to destroy
    }
}
