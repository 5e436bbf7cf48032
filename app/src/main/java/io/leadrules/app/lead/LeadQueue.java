package io.leadrules.app.lead;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sales queue: leads by their current decision, filtered, ordered and paged in the database. Every value a
 * client sends is a bound parameter; only fixed fragments of this class make up the SQL. Portable SQL
 * ({@code LIMIT ... OFFSET}, {@code CONCAT}, {@code LIKE ... ESCAPE}) for H2 and PostgreSQL.
 */
@Repository
class LeadQueue {

    private static final String COLUMNS = "id, external_id, first_name, last_name, email, company, job_title, score,"
            + " grade, temperature, stage, funnel_stage, priority, ruleset_version, decided_at, created_at, updated_at";
    /** Not for sales unless asked for by stage: no consent or an objection, or disqualified. */
    private static final List<String> LEFT_OUT_BY_DEFAULT = List.of("INVALID", "DISQUALIFIED");
    private static final String MATCHES = " LIKE :text ESCAPE '\\'";
    /**
     * Most leads a search's prefix may match for the pages to read them by id; more are found by testing every lead
     * (at 100,000 leads, 1 to 2 s instead of tens of milliseconds: docs/performance.md, "Console pages").
     */
    static final int PREFIX_IDS = 5000;
    private static final List<String> KEYS = List.of("name_key", "last_name_key", "company_key", "email_key");
    /**
     * The ids of the leads whose lower-cased name, last name, company or email, or whose externalId as written,
     * starts with the prefix: one index range per key column ({@code key >= prefix AND key < prefix + U+FFFF}), each
     * stopping after {@link #PREFIX_IDS} + 1 rows, their ids united.
     */
    private static final String PREFIXED_IDS = Stream.concat(KEYS.stream()
                    .map(key -> "(SELECT id FROM leads WHERE " + key + " >= :from AND " + key + " < :to LIMIT "
                            + (PREFIX_IDS + 1) + ")"),
            Stream.of("(SELECT id FROM leads WHERE external_id >= :exactFrom AND external_id < :exactTo LIMIT "
                    + (PREFIX_IDS + 1) + ")"))
            .collect(java.util.stream.Collectors.joining(" UNION "));
    /** The same ranges as a condition on each lead, for a prefix that matches too many leads to list their ids. */
    private static final String PREFIX_RANGES = " AND (" + String.join(" OR ", KEYS.stream()
            .map(key -> "(" + key + " >= :from AND " + key + " < :to)").toList())
            + " OR (external_id >= :exactFrom AND external_id < :exactTo))";
    private static final UUID NO_LEAD = new UUID(0, 0);

    private final JdbcClient jdbc;

    LeadQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page of the query (by number, or after its cursor), with the cursor of the next page when there is one. */
    Paged page(QueueQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String filters = where(query, parameters);
        long total = count(filters, parameters);
        String where = query.cursor() == null ? filters
                : filters + QueueKeyset.condition(query.order(), query.cursor(), parameters, false);
        int size = query.paging().size();
        List<LeadSummary> rows = select(where, query.order().sql(), parameters, size + 1,
                query.cursor() == null ? query.paging().offset() : 0L);
        List<LeadSummary> items = rows.subList(0, Math.min(size, rows.size()));
        String next = rows.size() > size ? QueueKeyset.after(query.order(), items.get(size - 1)) : null;
        String previous = query.cursor() == null || items.isEmpty() ? null
                : QueueKeyset.after(query.order(), items.get(0));
        Integer page = query.cursor() == null ? query.paging().page() : null;
        return new Paged(new ResultPage<>(items, page, size, total, null), next, previous);
    }

    /**
     * The page just before the lead {@code before} names (a cursor as {@link Paged#previous()} gives it), in the
     * query's order: the same keyset read backwards, so going back never repeats or skips a lead either.
     */
    Paged pageBefore(QueueQuery query, String before) {
        Map<String, Object> parameters = new HashMap<>();
        String filters = where(query, parameters);
        long total = count(filters, parameters);
        String where = filters + QueueKeyset.condition(query.order(), before, parameters, true);
        int size = query.paging().size();
        List<LeadSummary> rows = select(where, QueueKeyset.reversed(query.order()), parameters, size + 1, 0L);
        List<LeadSummary> items = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
        Collections.reverse(items);
        String next = items.isEmpty() ? null : QueueKeyset.after(query.order(), items.get(items.size() - 1));
        String previous = rows.size() > size ? QueueKeyset.after(query.order(), items.get(0)) : null;
        return new Paged(new ResultPage<>(items, null, size, total, null), next, previous);
    }

    private long count(String where, Map<String, Object> parameters) {
        return jdbc.sql("SELECT COUNT(*) FROM leads" + where).params(parameters).query(Long.class).single();
    }

    private List<LeadSummary> select(String where, String order, Map<String, Object> parameters, int limit,
                                     long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leads" + where + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(parameters).param("limit", limit).param("offset", offset).query(LeadSummary.class).list();
    }

    /**
     * A page, the cursor of the next one, and the cursor of the page before it (null on a page that starts the
     * queue or was asked for by number): {@code previous} goes to {@link #pageBefore}.
     */
    record Paged(ResultPage<LeadSummary> page, String next, String previous) {
    }

    /**
     * Every lead of the query in its order, one at a time as the database hands them over (for the CSV export),
     * only the query's page when {@code paged}.
     */
    void each(QueueQuery query, boolean paged, Consumer<LeadSummary> action) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        if (query.cursor() != null) {
            where += QueueKeyset.condition(query.order(), query.cursor(), parameters, false);
        }
        if (paged) {
            parameters.put("limit", query.paging().size());
            parameters.put("offset", query.paging().offset());
        }
        try (Stream<LeadSummary> leads = jdbc.sql("SELECT " + COLUMNS + " FROM leads" + where + " ORDER BY "
                + query.order().sql() + (paged ? " LIMIT :limit OFFSET :offset" : "")).params(parameters)
                .query(LeadSummary.class).stream()) {
            leads.forEach(action);
        }
    }

    private String where(QueueQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE erased_at IS NULL");
        if (query.stages().isEmpty()) {
            where.append(" AND (stage IS NULL OR stage NOT IN (:leftOut))");
            parameters.put("leftOut", LEFT_OUT_BY_DEFAULT);
        }
        anyOf(where, parameters, "stage", query.stages());
        anyOf(where, parameters, "temperature", query.temperatures());
        anyOf(where, parameters, "grade", query.grades());
        anyOf(where, parameters, "priority", query.priorities());
        if (query.text() != null) {
            where.append(" AND (LOWER(CONCAT(first_name, ' ', last_name))").append(MATCHES)
                    .append(" OR email_key").append(MATCHES)
                    .append(" OR LOWER(company)").append(MATCHES)
                    .append(" OR LOWER(external_id)").append(MATCHES).append(')');
            parameters.put("text", "%" + likeEscaped(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.prefix() != null) {
            where.append(prefixed(query.prefix(), parameters));
        }
        return where.toString();
    }

    /**
     * The search's condition: the ids the prefix matches when they are few (read through the key indexes first, so
     * the page never reads the leads that do not match), else the key ranges tested on each lead.
     */
    private String prefixed(String prefix, Map<String, Object> parameters) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        Map<String, Object> ranges = Map.of("from", lower, "to", lower + Character.MAX_VALUE, "exactFrom", prefix,
                "exactTo", prefix + Character.MAX_VALUE);
        List<UUID> ids = jdbc.sql(PREFIXED_IDS).params(ranges).query(UUID.class).list();
        if (ids.size() > PREFIX_IDS) {
            parameters.putAll(ranges);
            return PREFIX_RANGES;
        }
        parameters.put("prefixed", ids.isEmpty() ? List.of(NO_LEAD) : ids);
        return " AND id IN (:prefixed)";
    }

    /** {@code column} is one of this class's constants, never client input. */
    private static void anyOf(StringBuilder where, Map<String, Object> parameters, String column,
                              List<String> values) {
        if (!values.isEmpty()) {
            where.append(" AND ").append(column).append(" IN (:").append(column).append(')');
            parameters.put(column, values);
        }
    }

    /** {@code %} and {@code _} in the text are meant literally. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
