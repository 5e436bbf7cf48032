package io.leadrules.rules.evaluation;

import java.util.List;

/** What the lead does: 0-100 (null when not scored) and the points per activity type and signal. */
public record EngagementResult(Integer score, List<BreakdownEntry> breakdown) {
}
