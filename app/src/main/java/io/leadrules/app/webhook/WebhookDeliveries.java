package io.leadrules.app.webhook;

import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditDigest;
import io.leadrules.app.trail.AuditTrail;
import io.leadrules.app.webhook.WebhookMessages.DeliveryView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A subscription's deliveries with every attempt, and resending a failed one (audited: it sends data out again). */
@Service
class WebhookDeliveries {

    static final int LISTED = 100;

    private final WebhookSubscriptions subscriptions;
    private final DeliveryStore store;
    private final WebhookSettings settings;
    private final AuditTrail trail;
    private final Clock clock;

    WebhookDeliveries(WebhookSubscriptions subscriptions, DeliveryStore store, WebhookSettings settings,
                      AuditTrail trail, Clock clock) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.settings = settings;
        this.trail = trail;
        this.clock = clock;
    }

    /** The latest {@value #LISTED} deliveries, newest first. */
    @Transactional(readOnly = true)
    List<DeliveryView> latest(String subscriptionId) {
        UUID subscription = subscriptions.existing(subscriptionId).id();
        return store.latest(subscription, LISTED).stream().map(DeliveryView::of).toList();
    }

    /** The delivery pending again now, with a new retry period; 409 unless it had FAILED. */
    @Transactional
    DeliveryView resend(String subscriptionId, String deliveryId) {
        UUID subscription = subscriptions.existing(subscriptionId).id();
        UUID delivery = PathIds.parse(deliveryId, WebhookProblem.DELIVERY_NOT_FOUND, "webhook delivery",
                "as GET /api/v1/webhooks/{id}/deliveries lists them");
        DeliveryStore.Delivery found = store.find(subscription, delivery).orElseThrow(() -> new ProblemException(
                WebhookProblem.DELIVERY_NOT_FOUND, "Subscription " + subscription + " has no delivery " + delivery
                + ".").with("deliveryId", delivery));
        Instant now = clock.instant();
        if (!store.resend(subscription, delivery, now, now.plus(settings.retryFor()))) {
            throw new ProblemException(WebhookProblem.DELIVERY_NOT_FAILED, "Delivery " + delivery + " is "
                    + found.state() + "; only a FAILED delivery can be resent.").with("state", found.state());
        }
        trail.record(AuditAction.WEBHOOK_DELIVERY_RESENT, "webhook", subscription.toString(),
                AuditDigest.plain(Map.of("deliveryId", delivery, "eventId", found.eventId())));
        return DeliveryView.of(store.find(subscription, delivery).orElseThrow());
    }
}
