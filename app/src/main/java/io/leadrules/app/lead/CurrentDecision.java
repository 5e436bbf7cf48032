package io.leadrules.app.lead;

import java.time.Instant;
import java.util.UUID;

/** A copy of a lead's latest decision, kept on the lead row so the sales queue can filter and sort on it. */
public record CurrentDecision(UUID currentDecisionId, Integer score, String grade, String temperature, String stage,
                              String funnelStage, String priority, String rulesetVersion, Instant decidedAt) {

    public static final CurrentDecision NONE = new CurrentDecision(null, null, null, null, null, null, null, null,
            null);
}
