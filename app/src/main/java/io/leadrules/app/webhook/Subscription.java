package io.leadrules.app.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A stored subscription; {@code sealedSecret} is the signing secret as {@link SecretBox} encrypted it. */
record Subscription(UUID id, String url, Set<WebhookEventType> events, List<Integer> scoreThresholds,
                    String sealedSecret, boolean active, String description, String disabledReason,
                    int consecutiveFailures, Instant failingSince, Instant createdAt, String createdBy,
                    Instant updatedAt) {

    boolean wants(WebhookEventType type) {
        return active && events.contains(type);
    }
}
