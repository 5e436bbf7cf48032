package io.leadrules.app.lead;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The activities of every lead: append-only, keyed by (lead, client activity id) so that an id already stored is
 * never stored or counted again. Callers hold the lead's row lock ({@link LeadStore#lockById}).
 */
@Repository
public class ActivityLog {

    private static final String COLUMNS = "lead_id, activity_id, type, occurred_at, detail, activity_value, properties, "
            + "received_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ActivityLog(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The activities the lead already has under these ids, by id. */
    public Map<String, StoredActivity> existing(UUID leadId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE lead_id = :lead AND activity_id IN (:ids)")
                .param("lead", leadId).param("ids", ids).query(StoredActivity.class).list().stream()
                .collect(Collectors.toMap(StoredActivity::activityId, Function.identity()));
    }

    public void append(StoredActivity activity) {
        appendAll(List.of(activity));
    }

    /** Appends the activities in one JDBC batch: a lead posted with fifty activities is one round trip, not fifty. */
    public void appendAll(List<StoredActivity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        batches.batchUpdate("INSERT INTO activities (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                activities.stream().map(ActivityLog::row).toList());
    }

    private static Object[] row(StoredActivity a) {
        return new Object[] {a.leadId(), a.activityId(), a.type(), Timestamp.from(a.occurredAt()),
                new SqlParameterValue(Types.VARCHAR, a.detail()),
                new SqlParameterValue(Types.DECIMAL, a.activityValue()),
                new SqlParameterValue(Types.VARCHAR, a.properties()), Timestamp.from(a.receivedAt())};
    }

    /** Every activity of the lead, oldest first (then by id, so the order never varies). */
    public List<StoredActivity> of(UUID leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE lead_id = :lead ORDER BY occurred_at, activity_id")
                .param("lead", leadId).query(StoredActivity.class).list();
    }

    /**
     * Every activity of a page of leads in one query, each lead's oldest first (then by id), as {@link #of} orders
     * them: a job reading a page needs one query, not one per lead. A lead without activities has no entry.
     */
    public Map<UUID, List<StoredActivity>> ofLeads(Collection<UUID> leadIds) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE lead_id IN (:leads)"
                        + " ORDER BY lead_id, occurred_at, activity_id")
                .param("leads", leadIds).query(StoredActivity.class).list().stream()
                .collect(Collectors.groupingBy(StoredActivity::leadId));
    }

    /** One page of the lead's activities, oldest first (then by id, so pages never overlap). */
    public List<StoredActivity> page(UUID leadId, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE lead_id = :lead"
                        + " ORDER BY occurred_at, activity_id LIMIT :limit OFFSET :offset")
                .param("lead", leadId).param("limit", limit).param("offset", offset)
                .query(StoredActivity.class).list();
    }

    /** The lead's latest activities, newest first (then by id), at most {@code limit}: a timeline's first page. */
    public List<StoredActivity> newest(UUID leadId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE lead_id = :lead"
                        + " ORDER BY occurred_at DESC, activity_id DESC LIMIT :limit")
                .param("lead", leadId).param("limit", limit).query(StoredActivity.class).list();
    }

    public long count(UUID leadId) {
        return jdbc.sql("SELECT COUNT(*) FROM activities WHERE lead_id = :lead").param("lead", leadId)
                .query(Long.class).single();
    }

    /** What was known at an instant: activities that had happened and had been received by then. */
    public List<StoredActivity> knownAt(UUID leadId, Instant instant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activities WHERE lead_id = :lead AND occurred_at <= :at"
                        + " AND received_at <= :at ORDER BY occurred_at, activity_id")
                .param("lead", leadId).param("at", Timestamp.from(instant)).query(StoredActivity.class).list();
    }

    /**
     * Erasure: free text may identify the person, so every detail and every property (the page, the campaign: a
     * client may put anything there) of the lead's activities is removed. Values stay: a number identifies nobody.
     */
    public int removeDetails(UUID leadId) {
        return jdbc.sql("UPDATE activities SET detail = NULL, properties = NULL WHERE lead_id = :lead")
                .param("lead", leadId).update();
    }
}
