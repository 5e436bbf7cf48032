package io.leadrules.app.trail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which chain this database holds: a random id given at the first start, which the head file lines carry. */
@Component
public class AuditChain {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** This database's chain id, given now if it has none yet. */
    public synchronized String id() {
        return stored().orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            jdbc.sql("INSERT INTO audit_chain (id, chain_id, started_at) VALUES (1, :chain, :at)").param("chain", id)
                    .param("at", Timestamp.from(clock.instant())).update();
            return id;
        });
    }

    private Optional<String> stored() {
        return jdbc.sql("SELECT chain_id FROM audit_chain WHERE id = 1").query(String.class).optional();
    }
}
