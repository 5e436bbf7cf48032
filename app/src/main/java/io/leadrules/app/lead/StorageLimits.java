package io.leadrules.app.lead;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a stored lead can hold beyond what {@code POST /api/v1/scores} accepts: instants that every database (and
 * {@code java.sql.Timestamp}) represents the same way, and revenue that fits {@code NUMERIC(20, 2)}.
 */
final class StorageLimits {

    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    static final String INSTANT_RANGE = "must be between " + EARLIEST + " and " + LATEST + " to be stored";
    static final BigDecimal MAX_REVENUE = new BigDecimal("999999999999999999.99");
    static final String REVENUE_RANGE = "must be at most 999999999999999999.99 to be stored";

    private StorageLimits() {
    }

    static boolean storable(Instant instant) {
        return instant == null || !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    static boolean storable(BigDecimal revenue) {
        return revenue == null || revenue.compareTo(MAX_REVENUE) <= 0;
    }
}
