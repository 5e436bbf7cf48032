package io.leadrules.app.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What {@code /api/v1/webhooks} reads and answers. */
final class WebhookMessages {

    private WebhookMessages() {
    }

    @Schema(description = "A subscription to create or replace. A missing secret is generated on create and kept on "
            + "replace; a missing active is true.")
    record WebhookRequest(
            @Schema(example = "https://crm.example.com/hooks/leadrules") String url,
            @Schema(example = "[\"lead.stage_changed\", \"lead.score_crossed\"]") List<String> events,
            @Schema(description = "whsec_ and the Base64 of 24 to 64 random bytes") String secret,
            Boolean active,
            String description,
            @Schema(description = "Scores lead.score_crossed reports; default the MQL threshold setting")
            List<Integer> scoreThresholds) {
    }

    @Schema(description = "A subscription; disabledReason says why the service disabled it, if it did")
    record WebhookView(UUID id, String url, List<String> events, List<Integer> scoreThresholds, boolean active,
                       String description, String disabledReason, int consecutiveFailures, Instant createdAt,
                       String createdBy, Instant updatedAt) {

        static WebhookView of(Subscription s) {
            return new WebhookView(s.id(), s.url(), s.events().stream().map(WebhookEventType::wireName).toList(),
                    s.scoreThresholds(), s.active(), s.description(), s.disabledReason(), s.consecutiveFailures(),
                    s.createdAt(), s.createdBy(), s.updatedAt());
        }
    }

    @Schema(description = "A new subscription with its signing secret, shown this once")
    record CreatedWebhook(WebhookView subscription, String secret) {
    }

    record WebhookList(List<WebhookView> items) {
    }

    @Schema(description = "One attempt: the receiver's status (null when no answer came) and the first KB of its "
            + "body (or why there was no answer)")
    record AttemptView(Instant attemptedAt, Integer status, String responseBody, long durationMs) {
    }

    @Schema(description = "One event sent to one subscription: PENDING, SUCCEEDED or FAILED; attempts newest first")
    record DeliveryView(UUID id, UUID eventId, String eventType, String leadId, String state, Instant createdAt,
                        Instant nextAttemptAt, Instant finishedAt, List<AttemptView> attempts) {

        static DeliveryView of(DeliveryStore.Delivery d) {
            return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.leadId(), d.state(), d.createdAt(),
                    d.nextAttemptAt(), d.finishedAt(), d.attemptList().stream().map(a -> new AttemptView(
                            a.attemptedAt(), a.status(), a.responseBody(), a.durationMs())).toList());
        }
    }

    record DeliveryList(List<DeliveryView> items) {
    }
}
