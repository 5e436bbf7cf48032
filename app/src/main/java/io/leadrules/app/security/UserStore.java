package io.leadrules.app.security;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} table. */
@Repository
class UserStore {

    private static final String COLUMNS = "id, name, password_hash, roles, enabled, created_at, changed_at";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single() == 0;
    }

    Optional<StoredUser> byName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE name = :name").param("name", name)
                .query(UserStore::user).optional();
    }

    StoredUser existing(String name) {
        return byName(name).orElseThrow(() -> new ProblemException(SecurityProblem.USER_NOT_FOUND,
                ProblemMessage.of("user-not-found.detail", name)).with("name", name));
    }

    List<StoredUser> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY name").query(UserStore::user).list();
    }

    StoredUser create(String name, String passwordHash, Set<Role> roles, Instant at) {
        try {
            jdbc.sql("INSERT INTO users (name, password_hash, roles, enabled, created_at, changed_at)"
                            + " VALUES (:name, :hash, :roles, TRUE, :at, :at)")
                    .param("name", name).param("hash", passwordHash).param("roles", Role.column(roles))
                    .param("at", Timestamp.from(at)).update();
        } catch (DuplicateKeyException e) {
            throw new ProblemException(SecurityProblem.USER_EXISTS,
                    ProblemMessage.of("user-exists.detail", name))
                    .with("name", name);
        }
        return existing(name);
    }

    void update(StoredUser user) {
        jdbc.sql("UPDATE users SET password_hash = :hash, roles = :roles, enabled = :enabled, changed_at = :at"
                        + " WHERE id = :id")
                .param("hash", user.passwordHash()).param("roles", Role.column(user.roles()))
                .param("enabled", user.enabled()).param("at", Timestamp.from(user.changedAt())).param("id", user.id())
                .update();
    }

    private static StoredUser user(ResultSet row, int index) throws SQLException {
        return new StoredUser(row.getLong("id"), row.getString("name"), row.getString("password_hash"),
                Role.fromColumn(row.getString("roles")), row.getBoolean("enabled"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("changed_at").toInstant());
    }
}
