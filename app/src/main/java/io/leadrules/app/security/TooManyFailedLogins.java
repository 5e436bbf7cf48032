package io.leadrules.app.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Logins for a user name or from an address are refused for a while ({@link FailedLogins}). */
class TooManyFailedLogins extends AuthenticationException {

    private final transient Duration retryAfter;

    TooManyFailedLogins(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a login is checked again, at least 1. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
