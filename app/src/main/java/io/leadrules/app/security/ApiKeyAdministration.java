package io.leadrules.app.security;

import io.leadrules.app.security.ApiKeyRequests.CreatedApiKey;
import io.leadrules.app.security.ApiKeyRequests.NewApiKey;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, listing and revoking API keys. A revocation drops the key from the cache in the same request. */
@Service
class ApiKeyAdministration {

    static final int MAX_LABEL_LENGTH = 200;

    private final UserStore users;
    private final ApiKeyStore keys;
    private final Credentials credentials;
    private final SecurityAudit audit;
    private final Clock clock;

    ApiKeyAdministration(UserStore users, ApiKeyStore keys, Credentials credentials, Clock clock, SecurityAudit audit) {
        this.audit = audit;
        this.users = users;
        this.keys = keys;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Transactional
    CreatedApiKey create(NewApiKey request) {
        Instant now = clock.instant();
        StoredUser owner = owner(request.user());
        Set<Role> roles = heldRoles(owner, request.roles());
        String label = request.label() == null ? "" : request.label();
        if (label.length() > MAX_LABEL_LENGTH) {
            throw invalid("label", "The label is longer than " + MAX_LABEL_LENGTH + " characters.");
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw invalid("expiresAt", "expiresAt " + request.expiresAt() + " is not in the future.");
        }
        String key = Secrets.newKey();
        ApiKeyView created = keys.create(owner, key, roles, label, request.expiresAt(), now);
        audit.keyCreated(created);
        return CreatedApiKey.of(created, key);
    }

    List<ApiKeyView> all() {
        return keys.all();
    }

    @Transactional
    void revoke(long id) {
        if (!keys.revoke(id, clock.instant())) {
            throw new ProblemException(SecurityProblem.API_KEY_NOT_FOUND,
                    ProblemMessage.of("api-key-not-found.detail", id)).with("id", id);
        }
        audit.keyRevoked(id);
        credentials.forgetKey(id);
    }

    private StoredUser owner(String name) {
        if (name == null) {
            throw invalid("user", "Name the user the key acts for in 'user'.");
        }
        return users.byName(name).filter(StoredUser::enabled).orElseThrow(() -> invalid("user", "No enabled user "
                + "is named '" + name + "'."));
    }

    private static Set<Role> heldRoles(StoredUser owner, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw invalid("roles", "A key needs at least one role, out of those its user holds: " + owner.roles() + ".");
        }
        for (Role role : Role.sorted(roles)) {
            if (!owner.roles().contains(role)) {
                throw invalid("roles", "User '" + owner.name() + "' does not hold role " + role + "; a key acts with "
                        + "a subset of its user's roles: " + owner.roles() + ".").with("role", role);
            }
        }
        return roles;
    }

    private static ProblemException invalid(String member, String detail) {
        return new ProblemException(SecurityProblem.INVALID_API_KEY_REQUEST, detail).with("member", member);
    }
}
