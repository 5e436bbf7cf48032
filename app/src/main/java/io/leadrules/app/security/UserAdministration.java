package io.leadrules.app.security;

import io.leadrules.app.security.UserRequests.NewUser;
import io.leadrules.app.security.UserRequests.UserChange;
import io.leadrules.app.security.UserRequests.UserWithPassword;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing users. Every change drops the user's checked credentials at once ({@link Credentials}), so a
 * disabled user, its keys, and a removed role stop working with the next request.
 */
@Service
class UserAdministration {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
    /**
     * The names the service's own work acts under: the work it starts itself and anonymous requests
     * ({@link CurrentActor}), and the author of the shipped rule set. A user of that name would act in the audit trail
     * and the rule history as the service itself.
     */
    static final Set<String> RESERVED_NAMES = Set.of(CurrentActor.SYSTEM, CurrentActor.ANONYMOUS, "leadrules");
    static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads no further: a longer password would be checked by its first 72 bytes only. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserStore users;
    private final Credentials credentials;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecurityAudit audit;

    UserAdministration(UserStore users, Credentials credentials, PasswordEncoder passwords, Clock clock,
                       SecurityAudit audit) {
        this.audit = audit;
        this.users = users;
        this.credentials = credentials;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    UserWithPassword create(NewUser request) {
        String name = checkedName(request.name());
        String generated = request.password() == null ? Secrets.newPassword() : null;
        String password = generated != null ? generated : checkedPassword(request.password());
        Set<Role> roles = request.roles() == null ? Set.of() : request.roles();
        StoredUser user = users.create(name, passwords.encode(password), roles, clock.instant());
        audit.userCreated(user);
        return UserWithPassword.of(user, generated);
    }

    @Transactional
    StoredUser change(String name, UserChange change) {
        Instant now = clock.instant();
        StoredUser user = users.existing(name);
        if (change.roles() != null) {
            user = user.withRoles(change.roles(), now);
        }
        if (change.enabled() != null) {
            user = user.withEnabled(change.enabled(), now);
        }
        users.update(user);
        audit.userChanged(user, change.roles() != null && change.enabled() != null ? "roles and enabled"
                : change.roles() != null ? "roles" : change.enabled() != null ? "enabled" : "nothing");
        credentials.forgetUser(name);
        return user;
    }

    @Transactional
    UserWithPassword resetPassword(String name) {
        String generated = Secrets.newPassword();
        StoredUser user = users.existing(name).withPasswordHash(passwords.encode(generated), clock.instant());
        users.update(user);
        audit.userChanged(user, "password reset");
        credentials.forgetUser(name);
        return UserWithPassword.of(user, generated);
    }

    private static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid("name", "must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter");
        }
        if (RESERVED_NAMES.contains(name)) {
            throw invalid("name", "'" + name + "' is the name the service itself acts under; choose another");
        }
        return name;
    }

    private static String checkedPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw invalid("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters and at most "
                    + MAX_PASSWORD_BYTES + " bytes; leave it out to have one generated");
        }
        return password;
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(SecurityProblem.INVALID_USER, field + " " + message + ".")
                .with("errors", List.of(new FieldProblem(field, message)));
    }
}
