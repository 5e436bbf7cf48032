package io.leadrules.app.security;

import java.time.Instant;
import java.util.Set;

/** A person who may log in (HTTP Basic) and own API keys. {@code passwordHash} is bcrypt, or null: no password yet. */
record StoredUser(long id, String name, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt,
                  Instant changedAt) {

    StoredUser withRoles(Set<Role> newRoles, Instant at) {
        return new StoredUser(id, name, passwordHash, Role.sorted(newRoles), enabled, createdAt, at);
    }

    StoredUser withEnabled(boolean nowEnabled, Instant at) {
        return new StoredUser(id, name, passwordHash, roles, nowEnabled, createdAt, at);
    }

    StoredUser withPasswordHash(String hash, Instant at) {
        return new StoredUser(id, name, hash, roles, enabled, createdAt, at);
    }
}
