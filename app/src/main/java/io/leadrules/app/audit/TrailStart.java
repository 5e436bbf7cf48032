package io.leadrules.app.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When this database's audit trail started: records made before then have no entry to be checked against. */
record TrailStart(Instant at) {

    static TrailStart of(JdbcClient jdbc) {
        return new TrailStart(jdbc.sql("SELECT started_at FROM audit_chain WHERE id = 1")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional()
                .orElse(Instant.MIN));
    }

    boolean covers(Instant instant) {
        return !instant.isBefore(at);
    }
}
