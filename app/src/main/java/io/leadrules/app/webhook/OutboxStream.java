package io.leadrules.app.webhook;

/**
 * A channel besides webhook subscriptions that takes some of the outbox's events: the Kafka topic of stage changes
 * (ADR 0041). {@link LeadEvents} computes each event once, for subscriptions and streams alike; the {@link Outbox}
 * writes it, in the decision's transaction, to the streams that want it as well, into {@code outbox_stream}, from
 * which the stream's own publisher sends it. Nothing here knows which stream it is.
 */
public interface OutboxStream {

    /** Whether the stream takes events of this type, by wire name ({@code lead.stage_changed}). */
    boolean wants(String eventType);
}
