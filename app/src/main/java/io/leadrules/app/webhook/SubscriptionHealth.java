package io.leadrules.app.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Disables a subscription whose receiver keeps failing, with the reason on the subscription: after
 * {@code disable-after-failures} consecutive failed attempts spread over at least {@code disable-after} (a receiver
 * down for an hour of retries is not disabled; one down for a day is), or at once when it answers 410 Gone. Its
 * pending deliveries wait; setting it active again resumes them.
 */
@Component
class SubscriptionHealth {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionHealth.class);

    private final SubscriptionStore subscriptions;
    private final WebhookSettings settings;

    SubscriptionHealth(SubscriptionStore subscriptions, WebhookSettings settings) {
        this.subscriptions = subscriptions;
        this.settings = settings;
    }

    void succeeded(UUID subscription) {
        subscriptions.succeeded(subscription);
    }

    void failed(UUID id, Integer status, Instant now) {
        if (status != null && status == 410) {
            disable(id, "The receiver answered 410 Gone at " + now + ": it asked to receive nothing more.", now);
            return;
        }
        Subscription subscription = subscriptions.failed(id, now);
        Duration failing = Duration.between(subscription.failingSince(), now);
        if (subscription.active() && subscription.consecutiveFailures() >= settings.disableAfterFailures()
                && failing.compareTo(settings.disableAfter()) >= 0) {
            disable(id, "Disabled at " + now + " after " + subscription.consecutiveFailures() + " failed attempts in "
                    + "a row since " + subscription.failingSince() + ". Fix the receiver, then set active to true.",
                    now);
        }
    }

    private void disable(UUID id, String reason, Instant now) {
        subscriptions.disable(id, reason, now);
        log.warn("Webhook subscription {} disabled: {}", id, reason);
    }
}
