package io.leadrules.app.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credentials and browser hygiene, under {@code leadrules.security}. A member left out gets its default.
 *
 * @param initialAdminKey     the API key the first user ({@code admin}) gets on the first start over an empty
 *                            database; at least {@value #MIN_KEY_LENGTH} characters. Unset: a key is generated and
 *                            printed once to the console
 * @param credentialCacheTime how long a checked key or password is believed without asking the database or bcrypt
 *                            again (default 60 s); a revocation or a change on this instance drops it at once, so
 *                            other instances learn of it within changePollInterval
 * @param changePollInterval  how often each instance looks for revocations and user changes made on the others
 *                            (default 1 s): the bound on how long another instance may still accept a revoked key
 * @param failedLogins        the limit on wrong passwords
 * @param cors                which other origins browsers may call the API from
 */
@ConfigurationProperties("leadrules.security")
record SecuritySettings(String initialAdminKey, Duration credentialCacheTime, Duration changePollInterval,
                        FailedLoginLimit failedLogins, Cors cors) {

    static final int MIN_KEY_LENGTH = 32;

    SecuritySettings {
        if (initialAdminKey != null && initialAdminKey.isBlank()) {
            initialAdminKey = null;
        }
        if (initialAdminKey != null && initialAdminKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("leadrules.security.initial-admin-key (LEADRULES_SECURITY_INITIAL_ADMIN_KEY) "
                    + "must be at least " + MIN_KEY_LENGTH + " characters, not " + initialAdminKey.length() + ": a short "
                    + "key can be guessed. Generate one with: openssl rand -base64 32");
        }
        credentialCacheTime = credentialCacheTime == null ? Duration.ofSeconds(60) : credentialCacheTime;
        changePollInterval = changePollInterval == null ? Duration.ofSeconds(1) : changePollInterval;
        if (changePollInterval.isNegative() || changePollInterval.isZero()) {
            throw new IllegalArgumentException("leadrules.security.change-poll-interval must be positive");
        }
        failedLogins = failedLogins == null ? new FailedLoginLimit(null, null, null) : failedLogins;
        cors = cors == null ? new Cors(null, null) : cors;
    }

    /**
     * After this many wrong passwords within the window, for one user name or from one address, further logins are
     * refused (429) without checking the password until the window has passed.
     *
     * @param perUser    wrong passwords for one user name (default 5)
     * @param perAddress wrong passwords from one client address, whatever the user (default 20)
     * @param window     how long a failure counts (default 15 min)
     */
    record FailedLoginLimit(Integer perUser, Integer perAddress, Duration window) {

        FailedLoginLimit {
            perUser = perUser == null ? 5 : perUser;
            perAddress = perAddress == null ? 20 : perAddress;
            window = window == null ? Duration.ofMinutes(15) : window;
            if (perUser < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("leadrules.security.failed-logins: per-user and per-address must be "
                        + "at least 1 and window positive");
            }
        }
    }

    /**
     * @param allowedOrigins origins ({@code https://crm.example.com}) whose pages may call the API; none: CORS off
     * @param maxAge         how long a browser may keep a preflight answer (default 30 min)
     */
    record Cors(List<String> allowedOrigins, Duration maxAge) {

        Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
            maxAge = maxAge == null ? Duration.ofMinutes(30) : maxAge;
        }
    }
}
