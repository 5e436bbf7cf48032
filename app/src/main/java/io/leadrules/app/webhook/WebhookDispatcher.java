package io.leadrules.app.webhook;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due, one delivery at a time, on the caller's thread (the schedule's, or a test's with its own
 * "now"): the URL is checked again after resolution and the request goes to the checked address; the attempt and
 * the answer are recorded with the delivery's next state in one transaction. A 2xx is success; anything else
 * (a redirect too) is retried with {@link Backoff} until the retry period ends; a 410 Gone disables the
 * subscription at once, as Standard Webhooks suggests; {@link SubscriptionHealth} disables one that keeps failing.
 */
@Service
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_BATCHES = 50;

    private final DeliveryStore deliveries;
    private final AddressPolicy policy;
    private final SecretBox secrets;
    private final SubscriptionHealth health;
    private final WebhookSettings settings;
    private final WebhookMetrics metrics;
    private final TransactionTemplate transactions;
    private final Backoff backoff;
    private final WebhookPost post;

    WebhookDispatcher(DeliveryStore deliveries, AddressPolicy policy, SecretBox secrets, SubscriptionHealth health,
                      WebhookSettings settings, WebhookMetrics metrics, TransactionTemplate transactions) {
        this.deliveries = deliveries;
        this.policy = policy;
        this.secrets = secrets;
        this.health = health;
        this.settings = settings;
        this.metrics = metrics;
        this.transactions = transactions;
        this.backoff = new Backoff(settings.firstRetry(), settings.maxRetryDelay(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.post = new WebhookPost(settings.connectTimeout(), settings.readTimeout(),
                DefaultClientTlsStrategy.createSystemDefault());
    }

    /**
     * Sends the deliveries due at {@code now}, batch after batch (a lead's next event becomes due only once its
     * previous one succeeded), at most {@value #MAX_BATCHES} batches; answers how many were attempted.
     */
    public synchronized int dispatchDue(Instant now) {
        int attempted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            var due = deliveries.due(now, settings.batchSize());
            if (due.isEmpty()) {
                break;
            }
            due.forEach(delivery -> deliver(delivery, now));
            attempted += due.size();
        }
        return attempted;
    }

    private void deliver(DeliveryStore.Due delivery, Instant now) {
        long started = System.nanoTime();
        Outcome outcome = attempt(delivery, now);
        long millis = (System.nanoTime() - started) / 1_000_000;
        DeliveryStore.Attempt attempt = new DeliveryStore.Attempt(UUID.randomUUID(), now, outcome.status(),
                outcome.body(), millis);
        transactions.executeWithoutResult(tx -> record(delivery, attempt, outcome, now));
        metrics.delivered(outcome.succeeded());
    }

    private Outcome attempt(DeliveryStore.Due delivery, Instant now) {
        try {
            AddressPolicy.Target target = policy.target(URI.create(delivery.url()));
            WebhookPost.Answer answer = post.send(target, signedHeaders(delivery, now),
                    delivery.payload().getBytes(StandardCharsets.UTF_8));
            return new Outcome(answer.status(), answer.body(), answer.retryAfter());
        } catch (AddressRefused e) {
            return Outcome.none("Not sent: " + e.getMessage());
        } catch (IllegalStateException e) {
            log.error("Webhook delivery {} not sent: {}", delivery.id(), e.getMessage());
            return Outcome.none("Not sent: the subscription's signing secret cannot be decrypted with this "
                    + "service's key; set a new secret (PUT /api/v1/webhooks/" + delivery.subscriptionId() + ").");
        } catch (IOException e) {
            return Outcome.none("No answer: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
        }
    }

    /** The Standard Webhooks headers: the event's id (the same on every attempt), now, the signature of both. */
    private Map<String, String> signedHeaders(DeliveryStore.Due delivery, Instant now) {
        byte[] key = SigningSecrets.key(secrets.open(delivery.sealedSecret(), delivery.subscriptionId().toString()))
                .orElseThrow();
        String id = delivery.eventId().toString();
        long timestamp = now.getEpochSecond();
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSigner.sign(key, id, timestamp, delivery.payload()));
    }

    private void record(DeliveryStore.Due delivery, DeliveryStore.Attempt attempt, Outcome outcome, Instant now) {
        deliveries.attempted(delivery.id(), attempt);
        if (outcome.succeeded()) {
            deliveries.finished(delivery.id(), "SUCCEEDED", now);
            health.succeeded(delivery.subscriptionId());
            return;
        }
        Instant next = backoff.next(delivery.attempts() + 1, outcome.retryAfter(), now);
        if (next.isAfter(delivery.giveUpAt())) {
            deliveries.finished(delivery.id(), "FAILED", now);
            log.info("Webhook delivery {} given up after {} attempts", delivery.id(), delivery.attempts() + 1);
        } else {
            deliveries.retryAt(delivery.id(), next);
        }
        health.failed(delivery.subscriptionId(), outcome.status(), now);
    }

    private record Outcome(Integer status, String body, Optional<String> retryAfter) {

        static Outcome none(String why) {
            String body = why.length() > WebhookPost.BODY_KEPT ? why.substring(0, WebhookPost.BODY_KEPT) : why;
            return new Outcome(null, body, Optional.empty());
        }

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }
}
