package io.leadrules.app.security;

import org.springframework.security.core.Authentication;

/**
 * Whose bucket a request spends: one per API key (two keys of one user are limited apart), one per person signed in
 * with a password. {@link Credentials} puts it in the authentication's details.
 */
final class RateLimitKey {

    private RateLimitKey() {
    }

    static String ofKey(long keyId) {
        return "key:" + keyId;
    }

    static String ofUser(String name) {
        return "user:" + name;
    }

    static String of(Authentication principal) {
        return principal.getDetails() instanceof String bucket ? bucket : ofUser(principal.getName());
    }
}
