package io.leadrules.app.webhook;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code webhooks} part of health: the backlog and how many subscriptions the service disabled. Always UP: a
 * receiver that is down is the receiver's problem, not this service's, and must not take it out of a load balancer.
 */
@Component("webhooks")
class WebhookHealth implements HealthIndicator {

    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;

    WebhookHealth(DeliveryStore deliveries, SubscriptionStore subscriptions) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("backlog", deliveries.backlog())
                .withDetail("disabledSubscriptions", subscriptions.disabledByService()).build();
    }
}
