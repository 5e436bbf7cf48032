package io.leadrules.app.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code webhook_subscriptions} table. */
@Repository
class SubscriptionStore {

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription s) {
        jdbc.sql("INSERT INTO webhook_subscriptions (id, url, events, score_thresholds, secret, active, description,"
                        + " disabled_reason, consecutive_failures, failing_since, created_at, created_by, updated_at)"
                        + " VALUES (:id, :url, :events, :thresholds, :secret, :active, :description, NULL, 0, NULL,"
                        + " :at, :by, :at)")
                .param("id", s.id()).param("url", s.url()).param("events", eventsColumn(s.events()))
                .param("thresholds", thresholdsColumn(s.scoreThresholds())).param("secret", s.sealedSecret())
                .param("active", s.active()).param("description", s.description())
                .param("at", Timestamp.from(s.createdAt())).param("by", s.createdBy()).update();
    }

    /** A person's change: re-activating clears why the service had disabled it, and its failure count. */
    void update(Subscription s) {
        jdbc.sql("UPDATE webhook_subscriptions SET url = :url, events = :events, score_thresholds = :thresholds,"
                        + " secret = :secret, active = :active, description = :description, updated_at = :at,"
                        + " disabled_reason = CASE WHEN :active THEN NULL ELSE disabled_reason END,"
                        + " consecutive_failures = CASE WHEN :active THEN 0 ELSE consecutive_failures END,"
                        + " failing_since = CASE WHEN :active THEN NULL ELSE failing_since END WHERE id = :id")
                .param("id", s.id()).param("url", s.url()).param("events", eventsColumn(s.events()))
                .param("thresholds", thresholdsColumn(s.scoreThresholds())).param("secret", s.sealedSecret())
                .param("active", s.active()).param("description", s.description())
                .param("at", Timestamp.from(s.updatedAt())).update();
    }

    boolean delete(UUID id) {
        jdbc.sql("DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries"
                + " WHERE subscription_id = :id)").param("id", id).update();
        jdbc.sql("DELETE FROM webhook_deliveries WHERE subscription_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM webhook_subscriptions WHERE id = :id").param("id", id).update() == 1;
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.sql("SELECT * FROM webhook_subscriptions WHERE id = :id").param("id", id)
                .query(SubscriptionStore::row).optional();
    }

    List<Subscription> all() {
        return jdbc.sql("SELECT * FROM webhook_subscriptions ORDER BY created_at, id").query(SubscriptionStore::row)
                .list();
    }

    List<Subscription> active() {
        return jdbc.sql("SELECT * FROM webhook_subscriptions WHERE active").query(SubscriptionStore::row).list();
    }

    /** A delivery succeeded: the subscription's failure streak ends. */
    void succeeded(UUID id) {
        jdbc.sql("UPDATE webhook_subscriptions SET consecutive_failures = 0, failing_since = NULL WHERE id = :id")
                .param("id", id).update();
    }

    /** An attempt failed; answers the subscription as it is now. */
    Subscription failed(UUID id, Instant at) {
        jdbc.sql("UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1,"
                + " failing_since = COALESCE(failing_since, :at) WHERE id = :id").param("id", id)
                .param("at", Timestamp.from(at)).update();
        return find(id).orElseThrow();
    }

    void disable(UUID id, String reason, Instant at) {
        jdbc.sql("UPDATE webhook_subscriptions SET active = FALSE, disabled_reason = :reason, updated_at = :at"
                        + " WHERE id = :id").param("id", id).param("reason", reason).param("at", Timestamp.from(at))
                .update();
    }

    long disabledByService() {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_subscriptions WHERE disabled_reason IS NOT NULL")
                .query(Long.class).single();
    }

    private static Subscription row(ResultSet rs, int n) throws SQLException {
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("url"), events(rs.getString("events")),
                thresholds(rs.getString("score_thresholds")), rs.getString("secret"), rs.getBoolean("active"),
                rs.getString("description"), rs.getString("disabled_reason"), rs.getInt("consecutive_failures"),
                instant(rs.getTimestamp("failing_since")), instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String eventsColumn(Set<WebhookEventType> events) {
        return events.stream().sorted().map(WebhookEventType::wireName).collect(Collectors.joining(","));
    }

    private static Set<WebhookEventType> events(String column) {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(column.split(",")).map(WebhookEventType::of).flatMap(Optional::stream).forEach(events::add);
        return events;
    }

    private static String thresholdsColumn(List<Integer> thresholds) {
        return thresholds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> thresholds(String column) {
        return column.isBlank() ? List.of() : Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
    }
}
