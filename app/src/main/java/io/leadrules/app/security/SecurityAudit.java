package io.leadrules.app.security;

import io.leadrules.app.trail.AuditAction;
import io.leadrules.app.trail.AuditDigest;
import io.leadrules.app.trail.AuditTrail;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit entries of people, keys and logins, each in the transaction of the change it records. Digests hold what
 * was decided (name, roles, enabled, expiry), never a password hash or a key. A failed login changes nothing, so it
 * gets a transaction of its own; the address it came from is left out (it is a person's data, and the failed-login
 * limit keeps it only in memory).
 */
@Component
class SecurityAudit {

    private static final String USER = "user";
    private static final String KEY = "api-key";
    /** The subject of a failed login whose name no user can have. */
    static final String NOT_A_USER_NAME = "(not a user name)";

    private final AuditTrail trail;
    private final TransactionTemplate transactions;

    SecurityAudit(AuditTrail trail, TransactionTemplate transactions) {
        this.trail = trail;
        this.transactions = transactions;
    }

    void userCreated(StoredUser user) {
        trail.record(AuditAction.USER_CREATED, USER, user.name(), AuditDigest.plain(form(user, "created")));
    }

    void userChanged(StoredUser user, String what) {
        trail.record(AuditAction.USER_CHANGED, USER, user.name(), AuditDigest.plain(form(user, what)));
    }

    void keyCreated(ApiKeyView key) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", key.id());
        form.put("user", key.user());
        form.put("prefix", key.prefix());
        form.put("roles", new TreeSet<>(key.roles()).toString());
        form.put("expiresAt", key.expiresAt());
        form.put("createdAt", key.createdAt());
        trail.record(AuditAction.API_KEY_CREATED, KEY, Long.toString(key.id()), AuditDigest.plain(form));
    }

    void keyRevoked(long id) {
        trail.record(AuditAction.API_KEY_REVOKED, KEY, Long.toString(id), AuditDigest.plain(Map.of("id", id)));
    }

    /**
     * The name sent is recorded only when it could be a user's: anything else (a password typed into the name field,
     * a line break, 8 KB of text) names no user, would not fit the subject column, and is not the trail's to keep.
     */
    @EventListener
    void loginFailed(LoginFailed failure) {
        String name = UserAdministration.NAME.matcher(failure.name()).matches() ? failure.name() : NOT_A_USER_NAME;
        transactions.executeWithoutResult(tx -> trail.record(AuditAction.LOGIN_FAILED, USER, name,
                AuditDigest.plain(Map.of("name", name, "at", failure.at()))));
    }

    private static Map<String, Object> form(StoredUser user, String what) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", user.name());
        form.put("roles", new TreeSet<>(user.roles()).toString());
        form.put("enabled", user.enabled());
        form.put("change", what);
        return form;
    }
}
