package io.leadrules.app.backtest;

import java.time.Duration;
import java.time.Instant;

/**
 * When each lead is scored: its creation plus {@code days}, or the fixed instant {@code at} (exactly one is set). As
 * of the cut-off means what score-as-of means: the profile as it was then and only the activities received by then.
 *
 * @param days days after each lead's creation, when the cut-off is relative
 * @param at   the one instant every lead is scored at, when the cut-off is fixed
 */
public record Cutoff(Integer days, Instant at) {

    /** The cut-off instant of a lead created at {@code createdAt}. */
    Instant forLeadCreatedAt(Instant createdAt) {
        return at != null ? at : createdAt.plus(Duration.ofDays(days));
    }

    /** Its words in a report: "creation + 30 days" or "2026-06-30T00:00:00Z". */
    String describe() {
        return at != null ? at.toString() : "creation + " + days + " days";
    }
}
