package io.leadrules.app.security;

import java.time.Instant;
import java.util.Set;

/**
 * An API key as GET /api/v1/api-keys shows it: never the key itself, only its first characters ({@code prefix}).
 *
 * @param roles     the roles it was given; it acts with those its owner still holds
 * @param expiresAt null: it does not expire
 * @param revokedAt null: not revoked
 */
record ApiKeyView(long id, String user, String prefix, Set<Role> roles, String label, Instant createdAt,
                  Instant expiresAt, Instant revokedAt) {
}
