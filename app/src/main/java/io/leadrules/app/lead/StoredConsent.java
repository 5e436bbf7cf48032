package io.leadrules.app.lead;

import java.time.Instant;

/** The stored consent of a lead (columns {@code consent_*}); all members null when none was given. */
public record StoredConsent(Boolean dataProcessing, Boolean profilingObjection, String policyVersion,
                            Instant grantedAt) {

    public static final StoredConsent NONE = new StoredConsent(null, null, null, null);

    public boolean given() {
        return dataProcessing != null || profilingObjection != null || policyVersion != null || grantedAt != null;
    }
}
