package io.leadrules.app.lead.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One outcome as stored and answered. The amount is given back as it was meant ({@code 1250.5}, not the column's
 * {@code 1250.5000}).
 *
 * @param importId the import that brought it, or {@code null} when it was posted on its own
 */
public record StoredOutcome(UUID id, UUID leadId, Outcome outcome, Instant occurredAt, BigDecimal amount,
                            String currency, Instant recordedAt, String recordedBy, UUID importId) {

    public StoredOutcome {
        amount = plain(amount);
    }

    /** The same outcome: a re-sent one (same lead, outcome and instant) with the same amount and currency. */
    boolean sameAs(NewOutcome sent) {
        return (amount == null ? sent.amount() == null : sent.amount() != null && amount.compareTo(sent.amount()) == 0)
                && java.util.Objects.equals(currency, sent.currency());
    }

    private static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
