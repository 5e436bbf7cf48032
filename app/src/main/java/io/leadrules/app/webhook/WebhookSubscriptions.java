package io.leadrules.app.webhook;

import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditDigest;
import io.leadrules.app.trail.AuditTrail;
import io.leadrules.app.webhook.WebhookMessages.CreatedWebhook;
import io.leadrules.app.webhook.WebhookMessages.WebhookRequest;
import io.leadrules.app.webhook.WebhookMessages.WebhookView;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes subscriptions, each change audited in its transaction (a subscription sends data out
 * of the service: who opened that channel, and when, belongs in the trail). The audit entry names the URL's host and
 * the events, never the URL's path or query (which may hold a receiver's token) nor the secret.
 */
@Service
class WebhookSubscriptions {

    private final SubscriptionStore store;
    private final WebhookRequestCheck check;
    private final SecretBox secrets;
    private final WebhookSettings settings;
    private final AuditTrail trail;
    private final CurrentActor actor;
    private final Clock clock;

    WebhookSubscriptions(SubscriptionStore store, WebhookRequestCheck check, SecretBox secrets,
                         WebhookSettings settings, AuditTrail trail, CurrentActor actor, Clock clock) {
        this.store = store;
        this.check = check;
        this.secrets = secrets;
        this.settings = settings;
        this.trail = trail;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    CreatedWebhook create(WebhookRequest request) {
        WebhookRequestCheck.Checked checked = check.check(request);
        UUID id = UUID.randomUUID();
        String secret = request.secret() == null ? SigningSecrets.generate() : request.secret();
        Instant now = clock.instant();
        Subscription subscription = new Subscription(id, checked.url().toString(), checked.events(),
                thresholds(checked), secrets.seal(secret, id.toString()), request.active() == null
                || request.active(), request.description(), null, 0, null, now, actor.name(), now);
        store.insert(subscription);
        audit(AuditAction.WEBHOOK_CREATED, subscription);
        return new CreatedWebhook(WebhookView.of(subscription), secret);
    }

    /** Replaces the subscription; a missing secret keeps the old one, a new one replaces it (rotation). */
    @Transactional
    WebhookView replace(String pathId, WebhookRequest request) {
        Subscription old = existing(pathId);
        WebhookRequestCheck.Checked checked = check.check(request);
        String sealed = request.secret() == null ? old.sealedSecret() : secrets.seal(request.secret(),
                old.id().toString());
        Subscription changed = new Subscription(old.id(), checked.url().toString(), checked.events(),
                thresholds(checked), sealed, request.active() == null || request.active(), request.description(),
                old.disabledReason(), old.consecutiveFailures(), old.failingSince(), old.createdAt(),
                old.createdBy(), clock.instant());
        store.update(changed);
        audit(AuditAction.WEBHOOK_CHANGED, changed);
        return WebhookView.of(store.find(old.id()).orElseThrow());
    }

    @Transactional
    void delete(String pathId) {
        Subscription subscription = existing(pathId);
        store.delete(subscription.id());
        audit(AuditAction.WEBHOOK_DELETED, subscription);
    }

    @Transactional(readOnly = true)
    WebhookView get(String pathId) {
        return WebhookView.of(existing(pathId));
    }

    @Transactional(readOnly = true)
    List<WebhookView> all() {
        return store.all().stream().map(WebhookView::of).toList();
    }

    Subscription existing(String pathId) {
        UUID id = PathIds.parse(pathId, WebhookProblem.WEBHOOK_NOT_FOUND, "webhook subscription",
                "as POST /api/v1/webhooks answers them");
        return store.find(id).orElseThrow(() -> new ProblemException(WebhookProblem.WEBHOOK_NOT_FOUND,
                ProblemMessage.of("webhook-not-found.detail", id)).with("webhookId", id));
    }

    private List<Integer> thresholds(WebhookRequestCheck.Checked checked) {
        return checked.thresholds() == null ? settings.defaultScoreThresholds()
                : checked.thresholds().stream().distinct().sorted().toList();
    }

    private void audit(AuditAction action, Subscription s) {
        trail.record(action, "webhook", s.id().toString(), AuditDigest.plain(Map.of("host",
                URI.create(s.url()).getHost(), "events", WebhookView.of(s).events(), "active", s.active())));
    }
}
