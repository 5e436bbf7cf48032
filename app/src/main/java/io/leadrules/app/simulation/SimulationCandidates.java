package io.leadrules.app.simulation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The leads a simulation compares: the stored, non-erased leads that match its filter, by id, one page at a time
 * (keyset paging: the next page starts after the last id of the previous one, so a page costs the same at lead
 * 200,000 as at lead 0). The filter is applied as each page is read: a lead whose decision changes meanwhile is
 * judged by what it is then. Reads only, and locks nothing.
 */
@Repository
class SimulationCandidates {

    private final JdbcClient jdbc;

    SimulationCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(LeadFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("SELECT COUNT(*) FROM leads WHERE " + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** At most {@code limit} ids after {@code after} (from the first when null), in id order. */
    List<UUID> after(LeadFilter filter, UUID after, int limit) {
        Where where = Where.of(filter);
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        params.put("limit", limit);
        String keyset = "";
        if (after != null) {
            keyset = " AND id > :after";
            params.put("after", after);
        }
        return jdbc.sql("SELECT id FROM leads WHERE " + where.sql() + keyset + " ORDER BY id LIMIT :limit")
                .params(params).query(UUID.class).list();
    }

    /** The filter as SQL conditions on the {@code leads} table, with named parameters. */
    record Where(String sql, Map<String, Object> params) {

        static Where of(LeadFilter filter) {
            List<String> conditions = new ArrayList<>(List.of("erased_at IS NULL"));
            Map<String, Object> params = new LinkedHashMap<>();
            anyOf("stage", filter.stages(), conditions, params);
            anyOf("temperature", filter.temperatures(), conditions, params);
            anyOf("grade", filter.grades(), conditions, params);
            anyOf("priority", filter.priorities(), conditions, params);
            if (filter.sources() != null) {
                conditions.add("UPPER(source) IN (:sources)");
                params.put("sources", filter.sources());
            }
            if (filter.createdFrom() != null) {
                conditions.add("created_at >= :createdFrom");
                params.put("createdFrom", Timestamp.from(filter.createdFrom()));
            }
            if (filter.createdTo() != null) {
                conditions.add("created_at < :createdTo");
                params.put("createdTo", Timestamp.from(filter.createdTo()));
            }
            if (filter.leadIds() != null) {
                conditions.add("id IN (:leadIds)");
                params.put("leadIds", filter.leadIds());
            }
            return new Where(String.join(" AND ", conditions), params);
        }

        /** {@code column IN (values)}; {@code NONE} among the values also matches a lead without a value. */
        private static void anyOf(String column, List<String> values, List<String> conditions,
                                  Map<String, Object> params) {
            if (values == null) {
                return;
            }
            List<String> named = values.stream().filter(value -> !value.equals(DimensionTally.NONE)).toList();
            List<String> either = new ArrayList<>();
            if (!named.isEmpty()) {
                either.add(column + " IN (:" + column + ")");
                params.put(column, named);
            }
            if (named.size() < values.size()) {
                either.add(column + " IS NULL");
            }
            conditions.add("(" + String.join(" OR ", either) + ")");
        }
    }
}
