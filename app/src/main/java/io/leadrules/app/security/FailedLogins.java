package io.leadrules.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords per user name and per client address, each counted in a window that opens with its first failure
 * ({@code leadrules.security.failed-logins}). Once either count reaches its limit, logins for that name or from that
 * address are refused until the window closes, without checking the password: guessing gets a few tries per window,
 * and a flood of guesses costs no bcrypt rounds. Held in memory: a restart forgets it.
 */
@Component
class FailedLogins {

    private static final int MAX_TRACKED = 100_000;
    private static final int MAX_NAME_LENGTH = 64;

    private record Window(Instant opened, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final SecuritySettings.FailedLoginLimit limit;
    private final Clock clock;

    FailedLogins(SecuritySettings settings, Clock clock) {
        this.limit = settings.failedLogins();
        this.clock = clock;
    }

    /** How long logins for this name or from this address stay refused; empty when they are not. */
    Optional<Duration> refusedFor(String user, String address) {
        Instant now = clock.instant();
        Duration byUser = remaining(userKey(user), limit.perUser(), now);
        Duration byAddress = remaining(addressKey(address), limit.perAddress(), now);
        Duration longer = byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_TRACKED) {
            windows.values().removeIf(window -> closed(window, now));
        }
        count(userKey(user), now);
        count(addressKey(address), now);
    }

    void succeeded(String user) {
        windows.remove(userKey(user));
    }

    private void count(String key, Instant now) {
        windows.compute(key, (ignored, window) -> window == null || closed(window, now) ? new Window(now, 1)
                : new Window(window.opened(), window.failures() + 1));
    }

    private Duration remaining(String key, int allowed, Instant now) {
        Window window = windows.get(key);
        if (window == null || window.failures() < allowed || closed(window, now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.opened().plus(limit.window()));
    }

    private boolean closed(Window window, Instant now) {
        return !now.isBefore(window.opened().plus(limit.window()));
    }

    /** At most the longest user name there can be: a flood of long made-up names cannot grow the map past reason. */
    private static String userKey(String user) {
        return "user:" + (user.length() > MAX_NAME_LENGTH ? user.substring(0, MAX_NAME_LENGTH) : user);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
