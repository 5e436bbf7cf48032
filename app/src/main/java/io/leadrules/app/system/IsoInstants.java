package io.leadrules.app.system;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The shape nearly every instant a client sends has, {@code 2026-11-20T10:00:00Z}, read without the general
 * ISO-8601 parser: {@code OffsetDateTime.parse} cost 2% of a scoring request's processor time for a lead with five
 * activities (docs/performance.md, "HTTP"). Anything else, and a field out of range, is left to that parser, so what
 * is accepted and what is refused, with which message, does not change.
 */
final class IsoInstants {

    private IsoInstants() {
    }

    /** The instant, or null when the text is not exactly {@code yyyy-MM-ddTHH:mm:ssZ} with fields in range. */
    static Instant utcSeconds(String text) {
        if (text.length() != 20 || text.charAt(19) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal number the characters spell, or -1 when one is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
