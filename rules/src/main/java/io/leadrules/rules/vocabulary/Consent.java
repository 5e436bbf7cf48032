package io.leadrules.rules.vocabulary;

import java.time.Instant;

/** What the person agreed to. Absent or {@code dataProcessing != true} means no consent. */
public record Consent(Boolean dataProcessing, Boolean profilingObjection, String policyVersion, Instant grantedAt) {

    public Consent {
        ResultText.check(policyVersion);
    }
}
