package io.leadrules.app.lead.outcome;

import io.leadrules.app.system.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the text cells of an import row into an outcome for a lead, judged as a posted outcome is
 * ({@link OutcomeLimits}), or into the reasons it cannot be one. Every problem of a row is named, in the order of
 * the columns, not only the first; the currency of an unreadable amount is not judged (it would only repeat it).
 */
@Component
class ImportRowReading {

    /** Longest externalId a lead can have (the column's size). */
    static final int MAX_EXTERNAL_ID = 255;

    private static final String OUTCOMES = Arrays.stream(Outcome.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /** A plain decimal: no exponent, no thousands separator, no currency sign. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");

    private final OutcomeLimits limits;

    ImportRowReading(OutcomeLimits limits) {
        this.limits = limits;
    }

    /** The lead a row names: by {@code leadId} or by {@code externalId} ({@code field} says which). */
    record LeadRef(UUID leadId, String externalId) {

        String field() {
            return leadId != null ? "leadId" : "externalId";
        }
    }

    /** A row that may be stored once its lead is found. */
    record ParsedRow(long line, LeadRef lead, NewOutcome outcome) {
    }

    /** The parsed row, or {@code null} with the reasons added to {@code rejections}. */
    ParsedRow read(ImportRow row, List<RejectedRow> rejections) {
        List<FieldProblem> problems = new ArrayList<>();
        LeadRef lead = lead(row, problems);
        Outcome outcome = outcome(row.cells().get("outcome"), problems);
        Instant occurredAt = occurredAt(row.cells().get("occurredAt"), problems);
        String amountText = row.cells().get("amount");
        BigDecimal amount = amount(amountText, problems);
        String currency = amountText != null && amount == null ? null : row.cells().get("currency");
        NewOutcome parsed = new NewOutcome(outcome, occurredAt, amount, currency);
        problems.addAll(limits.problems(parsed));
        problems.forEach(problem -> rejections.add(new RejectedRow(row.line(), problem.field(), problem.message())));
        return problems.isEmpty() ? new ParsedRow(row.line(), lead, parsed) : null;
    }

    private static LeadRef lead(ImportRow row, List<FieldProblem> problems) {
        String id = row.cells().get("leadId");
        String externalId = row.cells().get("externalId");
        if (id != null && externalId != null) {
            problems.add(new FieldProblem("leadId", "give leadId or externalId, not both"));
        } else if (id == null && externalId == null) {
            problems.add(new FieldProblem("leadId", "is required, or else externalId"));
        } else if (externalId != null) {
            if (externalId.length() <= MAX_EXTERNAL_ID) {
                return new LeadRef(null, externalId);
            }
            problems.add(new FieldProblem("externalId", "must be at most " + MAX_EXTERNAL_ID + " characters"));
        } else {
            try {
                return new LeadRef(UUID.fromString(id), null);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("leadId", "must be a lead id (a UUID), as POST /api/v1/leads answers"));
            }
        }
        return null;
    }

    private static Outcome outcome(String text, List<FieldProblem> problems) {
        if (text == null) {
            problems.add(new FieldProblem("outcome", "is required"));
            return null;
        }
        try {
            return Outcome.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("outcome", "must be one of " + OUTCOMES));
            return null;
        }
    }

    private static Instant occurredAt(String text, List<FieldProblem> problems) {
        try {
            if (text != null) {
                return Instant.parse(text);
            }
            problems.add(new FieldProblem("occurredAt", "is required"));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("occurredAt", "must be an ISO-8601 instant, such as 2026-11-20T10:00:00Z"));
        }
        return null;
    }

    private static BigDecimal amount(String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(new FieldProblem("amount", "must be a decimal number with a point, such as 1250.50"));
            return null;
        }
        return new BigDecimal(text);
    }
}
