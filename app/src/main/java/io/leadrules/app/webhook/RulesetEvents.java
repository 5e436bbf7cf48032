package io.leadrules.app.webhook;

import io.leadrules.app.ruleset.RuleVersionActivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code ruleset.activated}, written in the activation's transaction. */
@Component
class RulesetEvents {

    private final SubscriptionStore subscriptions;
    private final Outbox outbox;

    RulesetEvents(SubscriptionStore subscriptions, Outbox outbox) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    @EventListener
    void on(RuleVersionActivated activated) {
        outbox.write(WebhookEventType.RULESET_ACTIVATED, null, activated.activatedAt(),
                new EventPayloads.RulesetActivated(activated.rulesetVersion(), activated.previousVersion(),
                        activated.rollback()),
                LeadEvents.wanting(subscriptions.active(), WebhookEventType.RULESET_ACTIVATED));
    }
}
