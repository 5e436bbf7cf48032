package io.leadrules.app.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: {@code firstRetry} doubled with each failure, at most {@code maxRetryDelay},
 * with jitter (between half and all of it, so receivers that failed together are not retried together), and never
 * sooner than the receiver's {@code Retry-After} (seconds or an HTTP date; itself capped at {@code maxRetryDelay}).
 */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private final DoubleSupplier random;

    /** @param random a number in [0, 1) for the jitter; tests fix it */
    Backoff(Duration first, Duration max, DoubleSupplier random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** The instant of the next attempt after the {@code failures}-th failed one. */
    Instant next(int failures, Optional<String> retryAfter, Instant now) {
        long ceiling = Math.min(max.toMillis(), first.toMillis() << Math.min(failures - 1, 30));
        long jittered = ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2));
        long asked = retryAfter.flatMap(value -> asked(value, now)).map(Duration::toMillis).orElse(0L);
        return now.plusMillis(Math.max(jittered, Math.min(asked, max.toMillis())));
    }

    private static Optional<Duration> asked(String value, Instant now) {
        try {
            if (value.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
