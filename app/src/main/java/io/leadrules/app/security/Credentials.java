package io.leadrules.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks a presented credential and answers who it acts for, with which roles. Keys are looked up by their SHA-256,
 * passwords checked with bcrypt; both are then believed for a short while ({@link CredentialCache}) so that the
 * scoring path costs microseconds. The cache of passwords is keyed by an HMAC under a secret of this process only,
 * so memory never holds a plain fast hash of a password.
 */
@Component
class Credentials {

    private final UserStore users;
    private final ApiKeyStore keys;
    private final FailedLogins failedLogins;
    private final SecurityChanges changes;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CredentialCache<ActiveKey> keyCache;
    private final CredentialCache<Set<Role>> loginCache;
    private final SecretKeySpec loginCacheSecret;
    /** Checked against when the user does not exist, so that the answer takes as long as for a wrong password. */
    private final String dummyHash;

    Credentials(UserStore users, ApiKeyStore keys, FailedLogins failedLogins, SecurityChanges changes,
                PasswordEncoder passwords, ApplicationEventPublisher events, SecuritySettings settings, Clock clock) {
        this.changes = changes;
        this.users = users;
        this.keys = keys;
        this.failedLogins = failedLogins;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.keyCache = new CredentialCache<>(settings.credentialCacheTime());
        this.loginCache = new CredentialCache<>(settings.credentialCacheTime());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.loginCacheSecret = new SecretKeySpec(secret, "HmacSHA256");
        this.dummyHash = passwords.encode(Secrets.newPassword());
    }

    /** The key's authentication; empty for an unknown, revoked or expired key, or one whose owner is disabled. */
    Optional<Authentication> byKey(String key) {
        Instant now = clock.instant();
        String hash = Secrets.sha256(key);
        Optional<ActiveKey> active = keyCache.get(hash, now).or(() -> keys.active(hash)
                .map(found -> cached(hash, found, now)));
        return active.filter(found -> !found.expiredAt(now))
                .map(found -> authenticated(found.owner(), found.roles(), RateLimitKey.ofKey(found.id())));
    }

    /**
     * The user's authentication; empty for a wrong name or password or a disabled user.
     *
     * @throws TooManyFailedLogins when this name or address failed too often lately (the password is not checked)
     */
    Optional<Authentication> byPassword(String name, String password, String address) {
        Optional<Duration> refused = failedLogins.refusedFor(name, address);
        if (refused.isPresent()) {
            throw new TooManyFailedLogins(refused.get());
        }
        Instant now = clock.instant();
        String hash = loginHash(name, password);
        Optional<Set<Role>> roles = loginCache.get(hash, now).or(() -> checked(name, password, hash, now));
        if (roles.isEmpty()) {
            failedLogins.failed(name, address);
            events.publishEvent(new LoginFailed(name, address, now));
        }
        return roles.map(held -> authenticated(name, held, RateLimitKey.ofUser(name)));
    }

    /**
     * Forgets every checked credential of this user: its password and its keys ({@link #nowAndOnCompletion}), here
     * and, through {@link SecurityChanges} written in the change's transaction, on every other instance.
     */
    void forgetUser(String name) {
        changes.userChanged(name);
        nowAndOnCompletion(() -> dropUser(name));
    }

    void forgetKey(long keyId) {
        changes.keyRevoked(keyId);
        nowAndOnCompletion(() -> dropKey(keyId));
    }

    /** This instance only: what another instance changed ({@link ChangeWatch}). */
    void dropUser(String name) {
        loginCache.dropOwner(name);
        keyCache.dropOwner(name);
    }

    void dropKey(long keyId) {
        keyCache.dropKey(keyId);
    }

    void dropAll() {
        loginCache.dropAll();
        keyCache.dropAll();
    }

    /**
     * Forgets now and again when the change's transaction ends: a request that checks the credential between the
     * two reads the state before the change (not committed yet) and caches it, which would otherwise keep a revoked
     * key or a disabled user working for the credential cache time after the revocation was answered.
     */
    private static void nowAndOnCompletion(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }

    private Optional<Set<Role>> checked(String name, String password, String hash, Instant now) {
        Optional<StoredUser> user = users.byName(name).filter(StoredUser::enabled)
                .filter(found -> found.passwordHash() != null);
        boolean matches = passwords.matches(password, user.map(StoredUser::passwordHash).orElse(dummyHash));
        if (!matches || user.isEmpty()) {
            return Optional.empty();
        }
        failedLogins.succeeded(name);
        loginCache.put(hash, name, 0, user.get().roles(), now);
        return Optional.of(user.get().roles());
    }

    private ActiveKey cached(String hash, ActiveKey key, Instant now) {
        keyCache.put(hash, key.owner(), key.id(), key, now);
        return key;
    }

    private String loginHash(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(loginCacheSecret);
            return HexFormat.of().formatHex(mac.doFinal((name + '\n' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    /** The principal's name, its roles, and whose rate-limit bucket it spends ({@link RateLimitKey}) as details. */
    private static Authentication authenticated(String name, Set<Role> roles, String bucket) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(name, null,
                Role.authorities(roles));
        token.setDetails(bucket);
        return token;
    }
}
