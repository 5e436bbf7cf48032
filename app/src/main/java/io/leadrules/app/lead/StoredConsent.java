package io.leadrules.app.lead;

import java.time.Instant;

/** The stored consent of a lead (columns {@code consent_*}); all members null when none was given. */
public record StoredConsent(Boolean dataProcessing, Boolean profilingObjection, String policyVersion,
                            Instant grantedAt) {

    public static final StoredConsent NONE = new StoredConsent(null, null, null, null);

    /** This consent updated with a newer one: each member takes the newer value unless that is null. */
    StoredConsent updatedWith(StoredConsent newer) {
        return new StoredConsent(StoredProfile.newest(newer.dataProcessing, dataProcessing),
                StoredProfile.newest(newer.profilingObjection, profilingObjection),
                StoredProfile.newest(newer.policyVersion, policyVersion),
                StoredProfile.newest(newer.grantedAt, grantedAt));
    }

    public boolean given() {
        return dataProcessing != null || profilingObjection != null || policyVersion != null || grantedAt != null;
    }
}
