package io.leadrules.app.security;

import java.time.Instant;
import java.util.Set;

/** The bodies of /api/v1/api-keys. */
final class ApiKeyRequests {

    private ApiKeyRequests() {
    }

    /**
     * {@code POST /api/v1/api-keys}.
     *
     * @param user      the user the key acts for
     * @param roles     a non-empty subset of the user's roles
     * @param label     what it is for, such as "CRM sync" (optional, at most 200 characters)
     * @param expiresAt when it stops working (optional; must be in the future)
     */
    record NewApiKey(String user, Set<Role> roles, String label, Instant expiresAt) {
    }

    /** A key just created: {@code key} is shown this once; the service keeps only its SHA-256. */
    record CreatedApiKey(long id, String user, String prefix, Set<Role> roles, String label, Instant createdAt,
                         Instant expiresAt, String key) {

        static CreatedApiKey of(ApiKeyView view, String key) {
            return new CreatedApiKey(view.id(), view.user(), view.prefix(), view.roles(), view.label(),
                    view.createdAt(), view.expiresAt(), key);
        }
    }
}
