package io.leadrules.app.security;

import org.springframework.security.core.Authentication;

/** Whose bucket a request spends: one per API key, one per person signed in with a password. */
final class RateLimitKey {

    private RateLimitKey() {
    }

    static String of(Authentication principal) {
        return principal.getClass().getSimpleName() + ":" + principal.getName();
    }
}
