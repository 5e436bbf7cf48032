package io.leadrules.app.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * The bodies webhooks carry (docs/integration.md shows each): {@code {"type", "timestamp", "data"}} as Standard
 * Webhooks suggests. A lead's events name it by id only, never with personal data.
 */
final class EventPayloads {

    private EventPayloads() {
    }

    /** The body of every event. */
    record Envelope(String type, Instant timestamp, Object data) {
    }

    /**
     * A lead's stage or temperature changed with a decision ({@code version} is the decision's sequence number for
     * the lead; {@code before} is null for a lead's first decision).
     */
    record LeadValueChanged(UUID leadId, UUID decisionId, long version, String rulesetVersion, String before,
                            String after) {
    }

    /** A lead's score went past {@code threshold}: {@code up} to it or above, or {@code down} below it. */
    record LeadScoreCrossed(UUID leadId, UUID decisionId, long version, String rulesetVersion, int threshold,
                            String direction, Integer before, Integer after) {
    }

    record LeadErased(UUID leadId, Instant erasedAt) {
    }

    record RulesetActivated(String rulesetVersion, String previousVersion, boolean rollback) {
    }

    /** What an event of an erased lead says once scrubbed. */
    record Scrubbed(UUID leadId, boolean erased) {
    }
}
