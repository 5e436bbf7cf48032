package io.leadrules.app.ruleset;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ?effectiveAt=} of an activation: an ISO-8601 instant with its offset ({@code 2026-12-07T10:00:00Z},
 * {@code 2026-12-07T11:00:00+01:00}), at least the activation {@code margin} ahead (so every instance reads it before
 * it comes) and at most {@code max-lead} ahead (a pending activation holds every other one back, and its scenarios
 * ran now). Anything else is a 400 {@code /problems/invalid-query} naming {@code effectiveAt}. Read on the wall clock,
 * as the instances switch by it.
 */
@Component
class EffectiveInstant {

    static final String FIELD = "effectiveAt";

    private final ActivationSettings settings;
    private final Clock wall = Clock.systemUTC();

    EffectiveInstant(ActivationSettings settings) {
        this.settings = settings;
    }

    /** The instant, or null when the request sent none (as soon as every live instance is ready). */
    Instant read(String raw) {
        if (raw == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(raw.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("must be an ISO-8601 instant with its offset, such as 2026-12-07T10:00:00Z, not \""
                    + shortened(raw) + "\"");
        }
        Instant now = wall.instant();
        Instant earliest = now.plus(settings.margin());
        if (instant.isBefore(earliest)) {
            throw invalid("must be at least " + words(settings.margin()) + " ahead (every instance must learn of it "
                    + "before it comes), not " + instant + "; it is " + now + " now. Leave it out for as soon as every "
                    + "instance is ready");
        }
        if (instant.isAfter(now.plus(settings.maxLead()))) {
            throw invalid("must be at most " + words(settings.maxLead()) + " ahead, not " + instant
                    + " (leadrules.rulesets.activation.max-lead)");
        }
        return instant;
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(SystemProblem.INVALID_QUERY, FIELD + " " + message + ".")
                .with("errors", List.of(new FieldProblem(FIELD, message)));
    }

    private static String words(Duration duration) {
        return duration.toString().substring(2).toLowerCase();
    }

    private static String shortened(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
    }
}
