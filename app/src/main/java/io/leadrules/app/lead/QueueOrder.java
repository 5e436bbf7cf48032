package io.leadrules.app.lead;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The orders of the sales queue, each a fixed SQL fragment (nothing a client sends reaches the SQL). Leads without
 * a priority or score come last either way; ties end on the id, so pages never overlap or skip a lead.
 */
enum QueueOrder {

    PRIORITY("priority", "CASE WHEN priority IS NULL THEN 1 ELSE 0 END, priority, "
            + "CASE WHEN score IS NULL THEN 1 ELSE 0 END, score DESC, id"),
    PRIORITY_LAST_FIRST("-priority", "CASE WHEN priority IS NULL THEN 1 ELSE 0 END, priority DESC, "
            + "CASE WHEN score IS NULL THEN 1 ELSE 0 END, score DESC, id"),
    SCORE("score", "CASE WHEN score IS NULL THEN 1 ELSE 0 END, score, id"),
    SCORE_HIGHEST_FIRST("-score", "CASE WHEN score IS NULL THEN 1 ELSE 0 END, score DESC, id"),
    UPDATED_AT("updatedAt", "updated_at, id"),
    UPDATED_AT_NEWEST_FIRST("-updatedAt", "updated_at DESC, id"),
    CREATED_AT("createdAt", "created_at, id"),
    CREATED_AT_NEWEST_FIRST("-createdAt", "created_at DESC, id");

    private final String parameter;
    private final String sql;

    QueueOrder(String parameter, String sql) {
        this.parameter = parameter;
        this.sql = sql;
    }

    static Optional<QueueOrder> named(String parameter) {
        return Arrays.stream(values()).filter(order -> order.parameter.equals(parameter.trim())).findFirst();
    }

    static List<String> parameters() {
        return Arrays.stream(values()).map(order -> order.parameter).toList();
    }

    String sql() {
        return sql;
    }
}
