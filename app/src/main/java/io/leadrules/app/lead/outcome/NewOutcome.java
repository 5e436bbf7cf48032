package io.leadrules.app.lead.outcome;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An outcome to record: the body of {@code POST /api/v1/leads/{id}/outcomes} and what each import row becomes. The
 * ranges (no future, no negative or absurd amount, a known currency) are {@link OutcomeLimits}', so that a posted
 * outcome and an imported row are judged in the same words.
 *
 * @param amount   the deal's value, optional, never negative
 * @param occurredAt kept to the microsecond, as every database stores it: a re-sent outcome then finds itself
 * @param currency ISO 4217 code of the amount (EUR), optional, only with an amount
 */
public record NewOutcome(@NotNull Outcome outcome, @NotNull Instant occurredAt, BigDecimal amount, String currency) {

    public NewOutcome {
        occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
