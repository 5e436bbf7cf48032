package io.leadrules.app.kafka;

import io.leadrules.app.webhook.OutboxStream;

/**
 * The stage-change topic as a taker of the outbox's {@code lead.stage_changed} events: the webhook feature computes
 * each change once (the decision against the lead's previous one) and writes it for subscriptions and for this
 * stream alike, in the decision's transaction; {@link StageChangePublisher} sends what is written.
 */
class StageChanges implements OutboxStream {

    static final String EVENT_TYPE = "lead.stage_changed";

    private final KafkaSettings settings;

    StageChanges(KafkaSettings settings) {
        this.settings = settings;
    }

    /** Stage changes, when a topic is named for them ({@code leadrules.kafka.stage-changes-topic}). */
    @Override
    public boolean wants(String eventType) {
        return settings.publishesStageChanges() && EVENT_TYPE.equals(eventType);
    }
}
