package io.leadrules.app.security;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code security_changes} (V21): a row for each revoked key and changed user, written in the change's transaction,
 * so that every instance learns of it ({@link ChangeWatch}) and drops what its credential cache believed. Stamped with
 * the database's clock, so the instances' clocks need not agree.
 */
@Repository
class SecurityChanges {

    /** How far back each look reaches: a change whose transaction stayed open longer than this could be missed. */
    static final int LOOK_BACK_SECONDS = 60;

    record Change(long id, String owner, Long keyId) {
    }

    private final JdbcClient jdbc;

    SecurityChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void userChanged(String owner) {
        jdbc.sql("INSERT INTO security_changes (changed_at, owner) VALUES (CURRENT_TIMESTAMP, :owner)")
                .param("owner", owner).update();
    }

    void keyRevoked(long keyId) {
        jdbc.sql("INSERT INTO security_changes (changed_at, key_id) VALUES (CURRENT_TIMESTAMP, :key)")
                .param("key", keyId).update();
    }

    /** The changes of the last {@link #LOOK_BACK_SECONDS}, oldest first. */
    List<Change> recent() {
        return jdbc.sql("SELECT id, owner, key_id FROM security_changes WHERE changed_at >= CURRENT_TIMESTAMP"
                        + " - INTERVAL '" + LOOK_BACK_SECONDS + "' SECOND ORDER BY id")
                .query((row, n) -> new Change(row.getLong(1), row.getString(2), row.getObject(3, Long.class))).list();
    }

    /** Rows older than an hour tell no instance anything any more. */
    void forgetOld() {
        jdbc.sql("DELETE FROM security_changes WHERE changed_at < CURRENT_TIMESTAMP - INTERVAL '1' HOUR").update();
    }
}
