package io.leadrules.app.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event and one delivery per subscription that wants it, in the caller's transaction (the decision's, the
 * erasure's, the activation's): committed with the change or not at all. The body is written once, here, exactly as
 * it will be sent and signed.
 */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final WebhookSettings settings;

    Outbox(JdbcClient jdbc, JsonMapper json, WebhookSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
    }

    /** The event, for these subscriptions (none: nothing is written). */
    @Transactional(propagation = Propagation.MANDATORY)
    void write(WebhookEventType type, UUID leadId, Instant at, Object data, List<Subscription> to) {
        write(type, leadId, at, data, to, false);
    }

    /** The event, for these subscriptions and, if {@code streamed}, for the {@link OutboxStream}s (neither: nothing). */
    @Transactional(propagation = Propagation.MANDATORY)
    void write(WebhookEventType type, UUID leadId, Instant at, Object data, List<Subscription> to, boolean streamed) {
        if (to.isEmpty() && !streamed) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        jdbc.sql("INSERT INTO webhook_events (id, type, lead_id, occurred_at, payload) VALUES (:id, :type, :lead,"
                        + " :at, :payload)").param("id", eventId).param("type", type.wireName()).param("lead", leadId)
                .param("at", Timestamp.from(at)).param("payload", body(type, at, data)).update();
        for (Subscription subscription : to) {
            jdbc.sql("INSERT INTO webhook_deliveries (id, event_id, subscription_id, ordering_key, state, attempts,"
                            + " next_attempt_at, give_up_at, created_at) VALUES (:id, :event, :subscription, :key,"
                            + " 'PENDING', 0, :at, :giveUp, :at)").param("id", UUID.randomUUID())
                    .param("event", eventId).param("subscription", subscription.id())
                    .param("key", leadId == null ? "ruleset" : leadId.toString()).param("at", Timestamp.from(at))
                    .param("giveUp", Timestamp.from(at.plus(settings.retryFor()))).update();
        }
        if (streamed) {
            jdbc.sql("INSERT INTO outbox_stream (event_id, message_key, created_at) VALUES (:event, :key, :at)")
                    .param("event", eventId).param("key", leadId == null ? "ruleset" : leadId.toString())
                    .param("at", Timestamp.from(at)).update();
        }
    }

    /**
     * Replaces the body of every event of the lead with one that names the lead only, and the receivers' answers to
     * them (which could echo what was sent): an erased person's events keep nothing but the lead id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int scrub(UUID leadId) {
        List<Event> events = jdbc.sql("SELECT id, type, occurred_at FROM webhook_events WHERE lead_id = :lead")
                .param("lead", leadId).query((rs, n) -> new Event(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).list();
        for (Event event : events) {
            String scrubbed = json.writeValueAsString(new EventPayloads.Envelope(event.type(), event.at(),
                    new EventPayloads.Scrubbed(leadId, true)));
            jdbc.sql("UPDATE webhook_events SET payload = :payload WHERE id = :id").param("payload", scrubbed)
                    .param("id", event.id()).update();
        }
        jdbc.sql("UPDATE webhook_attempts SET response_body = '(removed: the lead was erased)' WHERE delivery_id IN"
                + " (SELECT d.id FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id"
                + " WHERE e.lead_id = :lead)").param("lead", leadId).update();
        return events.size();
    }

    private String body(WebhookEventType type, Instant at, Object data) {
        return json.writeValueAsString(new EventPayloads.Envelope(type.wireName(), at, data));
    }

    private record Event(UUID id, String type, Instant at) {
    }
}
