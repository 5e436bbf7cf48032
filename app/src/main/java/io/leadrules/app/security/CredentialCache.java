package io.leadrules.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials checked a moment ago, so that a request costs a map lookup rather than a database query or a bcrypt
 * round (about 80 ms). An entry lives {@code leadrules.security.credential-cache-time}; a change to its owner or its
 * key drops it at once on the instance that made it, and within a poll on the others ({@link ChangeWatch}).
 */
final class CredentialCache<T> {

    /** Past this many entries the cache starts over rather than grow: it is a shortcut, not a store. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry<T>(T value, String owner, long keyId, Instant until) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;

    CredentialCache(Duration lifetime) {
        this.lifetime = lifetime;
    }

    Optional<T> get(String credentialHash, Instant now) {
        Entry<T> entry = entries.get(credentialHash);
        if (entry == null || !now.isBefore(entry.until())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** @param keyId the API key's id, or 0 for a password */
    void put(String credentialHash, String owner, long keyId, T value, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(credentialHash, new Entry<>(value, owner, keyId, now.plus(lifetime)));
    }

    void dropOwner(String owner) {
        entries.values().removeIf(entry -> entry.owner().equals(owner));
    }

    void dropKey(long keyId) {
        entries.values().removeIf(entry -> entry.keyId() == keyId);
    }

    void dropAll() {
        entries.clear();
    }

    void drop(String credentialHash) {
        entries.remove(credentialHash);
    }
}
