package io.leadrules.app.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code leadrules.webhook.deliveries} (attempts, tagged {@code outcome=success|failure}) and
 * {@code leadrules.webhook.backlog} (deliveries pending, read from the database when scraped).
 */
@Component
class WebhookMetrics {

    private final Counter success;
    private final Counter failure;

    WebhookMetrics(MeterRegistry registry, DeliveryStore deliveries) {
        this.success = Counter.builder("leadrules.webhook.deliveries").tag("outcome", "success")
                .description("Webhook delivery attempts").register(registry);
        this.failure = Counter.builder("leadrules.webhook.deliveries").tag("outcome", "failure")
                .description("Webhook delivery attempts").register(registry);
        Gauge.builder("leadrules.webhook.backlog", deliveries, DeliveryStore::backlog)
                .description("Webhook deliveries waiting to be sent or retried").register(registry);
    }

    void delivered(boolean succeeded) {
        (succeeded ? success : failure).increment();
    }
}
