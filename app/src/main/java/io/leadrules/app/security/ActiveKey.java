package io.leadrules.app.security;

import java.time.Instant;
import java.util.Set;

/** A key that may act: whose it is, the roles it acts with, and until when (null: no expiry). */
record ActiveKey(long id, String owner, Set<Role> roles, Instant expiresAt) {

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
