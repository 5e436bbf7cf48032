package io.leadrules.app.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code webhook_deliveries} and {@code webhook_attempts} tables. */
@Repository
class DeliveryStore {

    /**
     * Due, to an active subscription, and first in line: no earlier delivery of the same lead (or of rule-set
     * events) to the same subscription is still pending, so a lead's events arrive in the order they happened.
     */
    private static final String DUE = "SELECT d.id, d.event_id, d.subscription_id, d.attempts, d.give_up_at,"
            + " e.payload, s.url, s.secret FROM webhook_deliveries d"
            + " JOIN webhook_events e ON e.id = d.event_id JOIN webhook_subscriptions s ON s.id = d.subscription_id"
            + " WHERE d.state = 'PENDING' AND d.next_attempt_at <= :now AND s.active AND NOT EXISTS (SELECT 1"
            + " FROM webhook_deliveries b WHERE b.subscription_id = d.subscription_id AND b.ordering_key ="
            + " d.ordering_key AND b.state = 'PENDING' AND b.position < d.position) ORDER BY d.position LIMIT :limit";

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery ready to send: the event's id is the {@code webhook-id}, the same on every attempt. */
    record Due(UUID id, UUID eventId, UUID subscriptionId, int attempts, Instant giveUpAt, String payload, String url,
               String sealedSecret) {
    }

    /** One attempt and the receiver's answer ({@code status} null when none came). */
    record Attempt(UUID id, Instant attemptedAt, Integer status, String responseBody, long durationMs) {
    }

    /** A delivery with its attempts, newest first. */
    record Delivery(UUID id, UUID eventId, String eventType, String leadId, String state, int attempts,
                    Instant createdAt, Instant nextAttemptAt, Instant finishedAt, List<Attempt> attemptList) {
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql(DUE).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getString(7), rs.getString(8))).list();
    }

    void attempted(UUID delivery, Attempt attempt) {
        jdbc.sql("INSERT INTO webhook_attempts (id, delivery_id, attempted_at, status, response_body, duration_ms)"
                        + " VALUES (:id, :delivery, :at, :status, :body, :ms)").param("id", attempt.id())
                .param("delivery", delivery).param("at", Timestamp.from(attempt.attemptedAt()))
                .param("status", attempt.status()).param("body", attempt.responseBody())
                .param("ms", attempt.durationMs()).update();
        jdbc.sql("UPDATE webhook_deliveries SET attempts = attempts + 1 WHERE id = :id").param("id", delivery)
                .update();
    }

    void finished(UUID delivery, String state, Instant at) {
        jdbc.sql("UPDATE webhook_deliveries SET state = :state, finished_at = :at WHERE id = :id")
                .param("state", state).param("at", Timestamp.from(at)).param("id", delivery).update();
    }

    void retryAt(UUID delivery, Instant next) {
        jdbc.sql("UPDATE webhook_deliveries SET next_attempt_at = :next WHERE id = :id")
                .param("next", Timestamp.from(next)).param("id", delivery).update();
    }

    /** A failed delivery pending again, now, with a new retry period; false when it is not FAILED. */
    boolean resend(UUID subscription, UUID delivery, Instant now, Instant giveUpAt) {
        return jdbc.sql("UPDATE webhook_deliveries SET state = 'PENDING', next_attempt_at = :now, give_up_at ="
                        + " :giveUp, finished_at = NULL WHERE id = :id AND subscription_id = :subscription"
                        + " AND state = 'FAILED'").param("now", Timestamp.from(now))
                .param("giveUp", Timestamp.from(giveUpAt)).param("id", delivery)
                .param("subscription", subscription).update() == 1;
    }

    Optional<Delivery> find(UUID subscription, UUID delivery) {
        return jdbc.sql(deliveries("d.subscription_id = :subscription AND d.id = :id") + " ORDER BY d.position")
                .param("subscription", subscription).param("id", delivery).query(this::delivery).optional();
    }

    /** The subscription's latest deliveries, newest first. */
    List<Delivery> latest(UUID subscription, int limit) {
        return jdbc.sql(deliveries("d.subscription_id = :subscription") + " ORDER BY d.position DESC LIMIT :limit")
                .param("subscription", subscription).param("limit", limit).query(this::delivery).list();
    }

    long backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'PENDING'").query(Long.class)
                .single();
    }

    private static String deliveries(String where) {
        return "SELECT d.id, d.event_id, e.type, e.lead_id, d.state, d.attempts, d.created_at, d.next_attempt_at,"
                + " d.finished_at FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE " + where;
    }

    private Delivery delivery(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        UUID lead = rs.getObject(4, UUID.class);
        Timestamp finished = rs.getTimestamp(9);
        return new Delivery(id, rs.getObject(2, UUID.class), rs.getString(3), lead == null ? null : lead.toString(),
                rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
                finished == null ? null : finished.toInstant(), attempts(id));
    }

    private List<Attempt> attempts(UUID delivery) {
        return jdbc.sql("SELECT id, attempted_at, status, response_body, duration_ms FROM webhook_attempts"
                        + " WHERE delivery_id = :id ORDER BY attempted_at DESC, id").param("id", delivery)
                .query((rs, n) -> new Attempt(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        (Integer) rs.getObject(3), rs.getString(4), rs.getLong(5))).list();
    }
}
