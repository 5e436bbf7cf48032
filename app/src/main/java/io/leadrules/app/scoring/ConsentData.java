package io.leadrules.app.scoring;

import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the person agreed to; absent, or {@code dataProcessing} not true, means no consent (the lead is INVALID). */
public record ConsentData(
        Boolean dataProcessing,
        Boolean profilingObjection,
        @Size(max = Limits.CODE, message = Limits.TOO_LONG) String policyVersion,
        Instant grantedAt) {
}
