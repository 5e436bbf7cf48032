package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final Backoff highest = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), () -> 0.999999);
    private final Backoff lowest = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), () -> 0.0);

    @Test
    void theWaitDoublesWithEachFailureWithinItsJitter() {
        assertThat(Duration.between(NOW, lowest.next(1, Optional.empty(), NOW))).isEqualTo(Duration.ofSeconds(15));
        assertThat(Duration.between(NOW, highest.next(1, Optional.empty(), NOW)))
                .isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30));
        assertThat(Duration.between(NOW, lowest.next(4, Optional.empty(), NOW))).isEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(NOW, highest.next(4, Optional.empty(), NOW)))
                .isBetween(Duration.ofSeconds(239), Duration.ofSeconds(240));
    }

    @Test
    void theWaitStopsGrowingAtTheLongestDelay() {
        assertThat(Duration.between(NOW, highest.next(40, Optional.empty(), NOW)))
                .isBetween(Duration.ofHours(6).minusSeconds(1), Duration.ofHours(6));
    }

    @Test
    void retryAfterInSecondsOrAsADateIsHonouredUpToTheLongestDelay() {
        assertThat(lowest.next(1, Optional.of("120"), NOW)).isEqualTo(NOW.plusSeconds(120));
        assertThat(lowest.next(1, Optional.of("Tue, 01 Dec 2026 11:00:00 GMT"), NOW)).isEqualTo(NOW.plusSeconds(3600));
        assertThat(lowest.next(1, Optional.of("9999999"), NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void aRetryAfterShorterThanTheBackoffOrUnreadableChangesNothing() {
        assertThat(lowest.next(4, Optional.of("1"), NOW)).isEqualTo(NOW.plusSeconds(120));
        assertThat(lowest.next(1, Optional.of("soon"), NOW)).isEqualTo(NOW.plusSeconds(15));
    }
}
