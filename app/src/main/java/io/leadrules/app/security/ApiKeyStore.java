package io.leadrules.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_keys} table. Only the SHA-256 of a key is stored; the key itself is shown once, when created. */
@Repository
class ApiKeyStore {

    private static final String VIEW = "SELECT k.id, u.name, k.prefix, k.roles, k.label, k.created_at, k.expires_at,"
            + " k.revoked_at FROM api_keys k JOIN users u ON u.id = k.user_id";

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiKeyView create(StoredUser owner, String key, Set<Role> roles, String label, Instant expiresAt, Instant at) {
        String hash = Secrets.sha256(key);
        jdbc.sql("INSERT INTO api_keys (user_id, key_hash, prefix, roles, label, created_at, expires_at)"
                        + " VALUES (:user, :hash, :prefix, :roles, :label, :at, :expires)")
                .param("user", owner.id()).param("hash", hash).param("prefix", Secrets.publicPrefix(key))
                .param("roles", Role.column(roles)).param("label", label).param("at", Timestamp.from(at))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).update();
        return jdbc.sql(VIEW + " WHERE k.key_hash = :hash").param("hash", hash).query(ApiKeyStore::view).single();
    }

    List<ApiKeyView> all() {
        return jdbc.sql(VIEW + " ORDER BY k.id").query(ApiKeyStore::view).list();
    }

    /**
     * The key of this hash if it may act now: not revoked, its owner enabled. Its roles are those it was given that
     * the owner still holds. Expiry is the caller's to check (the answer is cached).
     */
    Optional<ActiveKey> active(String hash) {
        return jdbc.sql("SELECT k.id, u.name, k.roles, u.roles AS owner_roles, k.expires_at FROM api_keys k"
                        + " JOIN users u ON u.id = k.user_id"
                        + " WHERE k.key_hash = :hash AND k.revoked_at IS NULL AND u.enabled")
                .param("hash", hash).query(ApiKeyStore::active).optional();
    }

    /** Revokes the key; false when no key has this id. Revoking a revoked key keeps its first revocation. */
    boolean revoke(long id, Instant at) {
        jdbc.sql("UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("at", Timestamp.from(at)).param("id", id).update();
        return jdbc.sql("SELECT COUNT(*) FROM api_keys WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private static ApiKeyView view(ResultSet row, int index) throws SQLException {
        return new ApiKeyView(row.getLong("id"), row.getString("name"), row.getString("prefix"),
                Role.fromColumn(row.getString("roles")), row.getString("label"), instant(row, "created_at"),
                instant(row, "expires_at"), instant(row, "revoked_at"));
    }

    private static ActiveKey active(ResultSet row, int index) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(Role.fromColumn(row.getString("roles")));
        roles.retainAll(Role.fromColumn(row.getString("owner_roles")));
        return new ActiveKey(row.getLong("id"), row.getString("name"), Set.copyOf(roles), instant(row, "expires_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
