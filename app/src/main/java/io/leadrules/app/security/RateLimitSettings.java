package io.leadrules.app.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API requests a key (or a person signed in with a password) may make: {@code perSecond} by role, the most
 * generous of the principal's roles applying, {@code defaultPerSecond} for a principal holding none of them. A
 * principal may spend {@code burstSeconds} seconds' worth at once; past that it gets a 429 with Retry-After.
 *
 * @param enabled          false turns the limits off (a benchmark behind a gateway that limits already)
 * @param perSecond        requests per second by role name (SCORER, RULE_EDITOR, ...)
 * @param defaultPerSecond requests per second of a principal holding none of the roles named in perSecond
 * @param burstSeconds     how many seconds' worth of requests a principal may make at once
 */
@ConfigurationProperties("leadrules.security.rate-limits")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, Map<String, Integer> perSecond,
                                @DefaultValue("10") int defaultPerSecond, @DefaultValue("5") int burstSeconds) {

    public RateLimitSettings {
        perSecond = perSecond == null ? Map.of() : Map.copyOf(perSecond);
        perSecond.forEach((role, rate) -> requirePositive("per-second." + role, rate));
        requirePositive("default-per-second", defaultPerSecond);
        requirePositive("burst-seconds", burstSeconds);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("leadrules.security.rate-limits." + name + " must be at least 1, not "
                    + value);
        }
    }
}
