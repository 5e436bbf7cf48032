package io.leadrules.app.audit;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Query parameters read strictly: a value the endpoint cannot use exactly as written is a 400
 * {@code /problems/invalid-query} naming the parameter, never silently replaced by a default.
 */
final class QueryParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;
    private static final String INSTANT = "an ISO-8601 instant with an offset, such as 2026-10-01T00:00:00Z";

    private QueryParameters() {
    }

    /** A required instant; {@code 2026-10-01T02:00:00+02:00} is accepted, a date or a local time is not. */
    static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid(name, "is required: " + INSTANT);
        }
        try {
            return OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be " + INSTANT + ", not \"" + raw + "\"");
        }
    }

    /** The page number, from 0; 0 when absent. */
    static int page(String raw) {
        return whole("page", raw, 0, 0, Integer.MAX_VALUE);
    }

    /** Items per page, 1 to 200; 20 when absent. */
    static int size(String raw) {
        return whole("size", raw, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    private static int whole(String name, String raw, int absent, int min, int max) {
        if (raw == null) {
            return absent;
        }
        String rule = "must be a whole number from " + min + " to " + max;
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw invalid(name, rule + ", not " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(name, rule + ", not \"" + raw + "\"");
        }
    }

    static ProblemException invalid(String name, String message) {
        return new ProblemException(SystemProblem.INVALID_QUERY, name + " " + message + ".")
                .with("errors", List.of(new FieldProblem(name, message)));
    }
}
