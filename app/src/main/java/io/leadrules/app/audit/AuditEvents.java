package io.leadrules.app.audit;

import io.leadrules.app.system.Cursor;
import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditSealer;
import io.leadrules.app.trail.SealedEntries;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/v1/audit/events}: the audit entries that match every filter given (subject id, actor, action,
 * instant from inclusive, to exclusive), a page at a time, in the order they were sealed. Entries waiting for the
 * sealer are sealed first, as for verification, so that the list holds everything written before the request and
 * every entry in it has its sequence number. Filters are bound parameters, never SQL text.
 */
@Service
public class AuditEvents {

    private final JdbcClient jdbc;
    private final AuditSealer sealer;

    AuditEvents(JdbcClient jdbc, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    /** The filters of one request; a null member does not filter. */
    public record Filter(String subject, String actor, String action, Instant from, Instant to) {

        public static String action(String raw) {
            if (raw == null) {
                return null;
            }
            String name = raw.trim().toUpperCase(Locale.ROOT);
            if (Arrays.stream(AuditAction.values()).noneMatch(action -> action.name().equals(name))) {
                throw QueryParameters.invalid("action", "must be one of " + Arrays.toString(AuditAction.values())
                        .replaceAll("[\\[\\]]", "") + ", not \"" + raw + "\"");
            }
            return name;
        }
    }

    /** The list's name in its cursors ({@code system.Cursor}). */
    public static final String LIST = "audit-events";

    /**
     * The page {@code page} (when {@code after} is null) or the page after the entry numbered {@code after}, and
     * the cursor of the next page (null on the last): one more row than the page is read to know.
     */
    public Paged page(Filter filter, Integer page, Long after, int size) {
        sealer.sealWaiting();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entries" + where).params(params).query(Long.class).single();
        if (after != null) {
            where += (where.isEmpty() ? " WHERE" : " AND") + " sequence_number > :after";
            params.put("after", after);
        }
        List<AuditEvent> rows = jdbc.sql("SELECT " + SealedEntries.ENTRY_COLUMNS + " FROM audit_entries" + where
                        + " ORDER BY sequence_number LIMIT :limit OFFSET :offset").params(params)
                .param("limit", size + 1).param("offset", after == null ? (long) page * size : 0L)
                .query(SealedEntries.ENTRY).list().stream().map(AuditEvent::of).toList();
        List<AuditEvent> items = rows.subList(0, Math.min(size, rows.size()));
        String next = rows.size() > size ? Cursor.after(LIST, items.get(size - 1).sequence()) : null;
        return new Paged(new AuditEventPage(items, after == null ? page : null, size, total, null), next);
    }

    /** A page and the cursor of the next one. */
    public record Paged(AuditEventPage page, String next) {
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        add(conditions, params, "subject_id = :subject", "subject", filter.subject());
        add(conditions, params, "actor = :actor", "actor", filter.actor());
        add(conditions, params, "action = :action", "action", filter.action());
        add(conditions, params, "recorded_at >= :from", "from", filter.from() == null ? null
                : Timestamp.from(filter.from()));
        add(conditions, params, "recorded_at < :to", "to", filter.to() == null ? null : Timestamp.from(filter.to()));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
                            Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }
}
