package io.leadrules.app.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;

/** The bodies of /api/v1/users. */
final class UserRequests {

    private UserRequests() {
    }

    /** {@code POST /api/v1/users}: a password of 12 characters or more, or none to have one generated. */
    record NewUser(String name, Set<Role> roles, String password) {
    }

    /** {@code PATCH /api/v1/users/{name}}: what to change; a member left out stays as it is. */
    record UserChange(Set<Role> roles, Boolean enabled) {
    }

    /** A user as the API shows it: never its password or hash. */
    record UserView(String name, Set<Role> roles, boolean enabled, boolean hasPassword, Instant createdAt,
                    Instant changedAt) {

        static UserView of(StoredUser user) {
            return new UserView(user.name(), Role.sorted(user.roles()), user.enabled(), user.passwordHash() != null,
                    user.createdAt(), user.changedAt());
        }
    }

    /**
     * A user just created or whose password was just reset, with the password generated for it: shown this once,
     * stored only as a bcrypt hash. Null when the request chose the password.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserWithPassword(String name, Set<Role> roles, boolean enabled, boolean hasPassword, Instant createdAt,
                            Instant changedAt, String oneTimePassword) {

        static UserWithPassword of(StoredUser user, String generatedPassword) {
            UserView view = UserView.of(user);
            return new UserWithPassword(view.name(), view.roles(), view.enabled(), view.hasPassword(),
                    view.createdAt(), view.changedAt(), generatedPassword);
        }
    }
}
