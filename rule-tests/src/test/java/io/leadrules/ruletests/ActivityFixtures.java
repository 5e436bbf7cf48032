package io.leadrules.ruletests;

import java.time.Duration;
import java.time.Instant;

/**
 * The instant the tests evaluate at and the instants activities are dated with. Ages are whole days before
 * {@link #AS_OF}; build the list itself with {@link ActivityHistory}.
 */
public final class ActivityFixtures {

    /** The evaluation instant of the request example. */
    public static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");

    private ActivityFixtures() {
    }

    /** Exactly {@code days} x 24 hours before {@link #AS_OF}: an age of {@code days} whole days. */
    public static Instant daysAgo(int days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    /** {@code days} days and 23:59:59 before {@link #AS_OF}: still an age of {@code days} (ages round down). */
    public static Instant almostDaysAgo(int days) {
        return daysAgo(days).minus(Duration.ofHours(23).plusMinutes(59).plusSeconds(59));
    }

    /** One second after {@link #AS_OF}: has not happened yet. */
    public static Instant afterAsOf() {
        return AS_OF.plusSeconds(1);
    }
}
