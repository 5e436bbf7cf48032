package io.leadrules.app.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a subscription may ask to hear about; {@link #wireName()} is the {@code type} of the event's body. */
enum WebhookEventType {

    LEAD_STAGE_CHANGED("lead.stage_changed"),
    LEAD_TEMPERATURE_CHANGED("lead.temperature_changed"),
    LEAD_SCORE_CROSSED("lead.score_crossed"),
    LEAD_ERASED("lead.erased"),
    RULESET_ACTIVATED("ruleset.activated");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<WebhookEventType> of(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }
}
