package io.leadrules.app.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords per user name and per client address, each counted in a window that opens with its first failure
 * ({@code leadrules.security.failed-logins}). Once either count reaches its limit, logins for that name or from that
 * address are refused until the window closes, without checking the password: guessing gets a few tries per window,
 * and a flood of guesses costs no bcrypt rounds. Counted in {@code failed_logins} (V21), which every instance shares:
 * an attacker gets the same few tries however many instances stand behind the load balancer. Each count is one
 * atomic UPDATE of its row (the database serialises concurrent failures), so no failure is lost between instances.
 */
@Component
class FailedLogins {

    private static final int MAX_NAME_LENGTH = 64;
    private static final int MAX_ADDRESS_LENGTH = 100;

    private record Window(String subject, Instant opened, int failures) {
    }

    private final JdbcClient jdbc;
    private final SecuritySettings.FailedLoginLimit limit;
    private final Clock clock;

    FailedLogins(JdbcClient jdbc, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.limit = settings.failedLogins();
        this.clock = clock;
    }

    /** How long logins for this name or from this address stay refused; empty when they are not. */
    Optional<Duration> refusedFor(String user, String address) {
        Instant now = clock.instant();
        String byUser = userKey(user);
        Duration longer = Duration.ZERO;
        for (Window window : windows(byUser, addressKey(address))) {
            Duration remaining = remaining(window, window.subject().equals(byUser) ? limit.perUser()
                    : limit.perAddress(), now);
            longer = remaining.compareTo(longer) > 0 ? remaining : longer;
        }
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        count(userKey(user), now);
        count(addressKey(address), now);
    }

    void succeeded(String user) {
        jdbc.sql("DELETE FROM failed_logins WHERE subject = :subject").param("subject", userKey(user)).update();
    }

    /** Windows that have closed count nothing; any instance may forget them. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetClosedWindows() {
        jdbc.sql("DELETE FROM failed_logins WHERE opened_at <= :start")
                .param("start", Timestamp.from(clock.instant().minus(limit.window()))).update();
    }

    /** One more failure: a closed window starts over at 1, an open one counts on; the first failure inserts the row. */
    private void count(String subject, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp start = Timestamp.from(now.minus(limit.window()));
        int counted = jdbc.sql("UPDATE failed_logins SET"
                        + " failures = CASE WHEN opened_at <= :start THEN 1 ELSE failures + 1 END,"
                        + " opened_at = CASE WHEN opened_at <= :start THEN :now ELSE opened_at END"
                        + " WHERE subject = :subject")
                .param("start", start).param("now", at).param("subject", subject).update();
        if (counted == 0) {
            try {
                jdbc.sql("INSERT INTO failed_logins (subject, opened_at, failures) VALUES (:subject, :now, 1)")
                        .param("subject", subject).param("now", at).update();
            } catch (DuplicateKeyException another) {
                count(subject, now);
            }
        }
    }

    private List<Window> windows(String byUser, String byAddress) {
        return jdbc.sql("SELECT subject, opened_at, failures FROM failed_logins WHERE subject IN (:user, :address)")
                .param("user", byUser).param("address", byAddress)
                .query((row, n) -> new Window(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getInt(3))).list();
    }

    private Duration remaining(Window window, int allowed, Instant now) {
        Instant closes = window.opened().plus(limit.window());
        if (window.failures() < allowed || !now.isBefore(closes)) {
            return Duration.ZERO;
        }
        return Duration.between(now, closes);
    }

    /** At most the longest user name there can be: a flood of long made-up names cannot grow the table past reason. */
    private static String userKey(String user) {
        return "user:" + (user.length() > MAX_NAME_LENGTH ? user.substring(0, MAX_NAME_LENGTH) : user);
    }

    private static String addressKey(String address) {
        return "address:" + (address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH)
                : address);
    }
}
