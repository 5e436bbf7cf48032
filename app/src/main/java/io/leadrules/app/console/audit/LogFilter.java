package io.leadrules.app.console.audit;

import io.leadrules.app.audit.AuditEvents;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log's filters as the form sends them: the API's filters (action, actor, subject, from, to), each blank
 * one not filtering. {@code action} must be one of the trail's actions and the times must be times (the form's
 * {@code datetime-local}, read as UTC, or an instant with an offset): anything else is a 400 problem page naming the
 * field; {@code size} is 1 to 200 as in the API. Values are only ever bound parameters of the API's query, never SQL
 * text.
 */
record LogFilter(String action, String actor, String subject, String from, String to, String size) {

    private static final int MAX_LENGTH = 200;
    /** Entries per page unless the link says otherwise: a screen of the log at 1280x800, with some scrolling. */
    static final int DEFAULT_SIZE = 50;

    static LogFilter of(String action, String actor, String subject, String from, String to, String size) {
        return new LogFilter(blankless(action), blankless(actor), blankless(subject), blankless(from), blankless(to),
                blankless(size));
    }

    /** The API's filter; a 400 problem for an unknown action, a value too long or a time that is not one. */
    AuditEvents.Filter toQuery() {
        return new AuditEvents.Filter(bounded("subject", subject), bounded("actor", actor),
                AuditEvents.Filter.action(action), instant("from", from), instant("to", to));
    }

    /** This page of the log with these filters, after the cursor (null: the first page). */
    String link(String cursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/audit");
        add(link, "action", action);
        add(link, "actor", actor);
        add(link, "subject", subject);
        add(link, "from", from);
        add(link, "to", to);
        add(link, "size", size);
        add(link, "cursor", cursor);
        return link.encode().build().toUriString();
    }

    /** Entries per page, 1 to 200 as in the API; a 400 problem for anything else. */
    int pageSize() {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        try {
            int value = Integer.parseInt(size);
            if (value >= 1 && value <= MAX_LENGTH) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as a number out of range is
        }
        throw invalid("size", "must be a whole number from 1 to 200, not \"" + size + "\"");
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }

    private static String blankless(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private static String bounded(String name, String value) {
        if (value != null && value.length() > MAX_LENGTH) {
            throw invalid(name, "must be at most " + MAX_LENGTH + " characters");
        }
        return value;
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= "2026-10-01T00:00:00.000".length()
                    ? LocalDateTime.parse(value).toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date and time such as 2026-10-01T09:30 (UTC), not \"" + value + "\"");
        }
    }

    static ProblemException invalid(String name, String message) {
        return new ProblemException(SystemProblem.INVALID_QUERY, name + " " + message + ".")
                .with("errors", List.of(new FieldProblem(name, message)));
    }
}
