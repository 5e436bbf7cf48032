package io.leadrules.app.trail;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decision records as stored, read by the columns a digest covers: by the sealer, which takes a decision's digest
 * from its stored row, and by verification, which takes it again.
 */
@Component
public class DecisionRows {

    /** The columns, in the order {@link #COLUMNS} reads them. */
    public static final String SELECT = "SELECT id, lead_id, sequence_number, as_of, decided_at, ruleset_version,"
            + " ruleset_hash, score, stage, temperature, input_snapshot, result FROM decisions";
    public static final RowMapper<DecisionColumns> COLUMNS = (rs, n) -> new DecisionColumns(
            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3),
            rs.getObject(4, OffsetDateTime.class).toInstant(),
            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
            (Integer) rs.getObject(8, Integer.class), rs.getString(9), rs.getString(10), rs.getString(11),
            rs.getString(12));

    private final JdbcClient jdbc;

    DecisionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DecisionColumns> find(String id) {
        UUID decision;
        try {
            decision = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", decision).query(COLUMNS).optional();
    }
}
