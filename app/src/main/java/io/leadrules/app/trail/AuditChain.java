package io.leadrules.app.trail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which chain this database holds: a random id given at the first start, which the head file lines carry. */
@Component
public class AuditChain {

    private final JdbcClient jdbc;
    private final Clock clock;
    private String id;

    AuditChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * This database's chain id, given now if it has none yet. Instances starting together on an empty database race
     * to give it: the loser's insert fails on the key and it takes the winner's id.
     */
    public synchronized String id() {
        if (id == null) {
            id = stored().orElseGet(this::given);
        }
        return id;
    }

    /**
     * Locks the chain's row until the caller's transaction ends: the one sealer at a time across every instance on
     * this database (SELECT ... FOR UPDATE, on H2 and PostgreSQL alike).
     */
    void lockForSealing() {
        jdbc.sql("SELECT chain_id FROM audit_chain WHERE id = 1 FOR UPDATE").query(String.class).single();
    }

    private String given() {
        String given = UUID.randomUUID().toString();
        try {
            jdbc.sql("INSERT INTO audit_chain (id, chain_id, started_at) VALUES (1, :chain, :at)").param("chain", given)
                    .param("at", Timestamp.from(clock.instant())).update();
            return given;
        } catch (DuplicateKeyException another) {
            return stored().orElseThrow(() -> another);
        }
    }

    private Optional<String> stored() {
        return jdbc.sql("SELECT chain_id FROM audit_chain WHERE id = 1").query(String.class).optional();
    }
}
