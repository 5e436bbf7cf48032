package io.leadrules.app.lead;

import io.leadrules.app.system.Cursor;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cursor paging of the sales queue: the next page starts after the last lead shown, in the queue's order, by its
 * sort values (keyset), so new and rescored leads never make a page repeat or skip one that did not move. Each
 * order's keys are the columns of its ORDER BY ({@link QueueOrder}) made comparable: a null priority or score sorts
 * by its null flag first, then as '' or 0. The cursor names the order it was made for: a cursor of another sort is
 * refused.
 */
final class QueueKeyset {

    private static final String PRIORITY_NULL = "CASE WHEN priority IS NULL THEN 1 ELSE 0 END";
    private static final String SCORE_NULL = "CASE WHEN score IS NULL THEN 1 ELSE 0 END";
    private static final String PRIORITY = "COALESCE(priority, '')";
    private static final String SCORE = "COALESCE(score, 0)";

    /** One sort key: an SQL expression over fixed column names, and whether it descends. */
    private record Key(String sql, boolean descending) {
    }

    private QueueKeyset() {
    }

    static String list(QueueOrder order) {
        return "leads" + order.name();
    }

    /** The cursor of the page after {@code last}. */
    static String after(QueueOrder order, LeadSummary last) {
        return Cursor.after(list(order), last.priority(), last.score(), last.updatedAt(), last.createdAt(), last.id());
    }

    /**
     * The condition (to AND to the WHERE) that keeps the leads after the cursor's (or, {@code before}, the leads
     * before it), its values bound in params.
     */
    static String condition(QueueOrder order, String raw, Map<String, Object> params, boolean before) {
        Cursor cursor = Cursor.read(list(order), 5, raw);
        List<Object> values = values(order, cursor);
        List<Key> keys = keys(order);
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder alternative = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                alternative.append(keys.get(j).sql()).append(" = :k").append(j).append(" AND ");
            }
            alternative.append(keys.get(i).sql()).append(keys.get(i).descending() != before ? " < :k" : " > :k")
                    .append(i).append(')');
            alternatives.add(alternative.toString());
            params.put("k" + i, values.get(i));
        }
        return " AND (" + String.join(" OR ", alternatives) + ")";
    }

    /** The order's ORDER BY backwards, by its keys (the same order as {@link QueueOrder#sql()}, reversed). */
    static String reversed(QueueOrder order) {
        return String.join(", ", keys(order).stream()
                .map(key -> key.sql() + (key.descending() ? " ASC" : " DESC")).toList());
    }

    private static List<Key> keys(QueueOrder order) {
        return switch (order) {
            case PRIORITY -> List.of(new Key(PRIORITY_NULL, false), new Key(PRIORITY, false),
                    new Key(SCORE_NULL, false), new Key(SCORE, true), new Key("id", false));
            case PRIORITY_LAST_FIRST -> List.of(new Key(PRIORITY_NULL, false), new Key(PRIORITY, true),
                    new Key(SCORE_NULL, false), new Key(SCORE, true), new Key("id", false));
            case SCORE -> List.of(new Key(SCORE_NULL, false), new Key(SCORE, false), new Key("id", false));
            case SCORE_HIGHEST_FIRST -> List.of(new Key(SCORE_NULL, false), new Key(SCORE, true), new Key("id", false));
            case UPDATED_AT -> List.of(new Key("updated_at", false), new Key("id", false));
            case UPDATED_AT_NEWEST_FIRST -> List.of(new Key("updated_at", true), new Key("id", false));
            case CREATED_AT -> List.of(new Key("created_at", false), new Key("id", false));
            case CREATED_AT_NEWEST_FIRST -> List.of(new Key("created_at", true), new Key("id", false));
        };
    }

    /** The cursor's values in the order of the order's keys. */
    private static List<Object> values(QueueOrder order, Cursor cursor) {
        String priority = cursor.text(0);
        Integer score = cursor.integer(1);
        Object id = cursor.id(4);
        return switch (order) {
            case PRIORITY, PRIORITY_LAST_FIRST -> List.of(priority == null ? 1 : 0, priority == null ? "" : priority,
                    score == null ? 1 : 0, score == null ? 0 : score, id);
            case SCORE, SCORE_HIGHEST_FIRST -> List.of(score == null ? 1 : 0, score == null ? 0 : score, id);
            case UPDATED_AT, UPDATED_AT_NEWEST_FIRST -> List.of(Timestamp.from(cursor.instant(2)), id);
            case CREATED_AT, CREATED_AT_NEWEST_FIRST -> List.of(Timestamp.from(cursor.instant(3)), id);
        };
    }
}
