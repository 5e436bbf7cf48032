package io.leadrules.app.lead.outcome;

import io.leadrules.app.system.FieldProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What an outcome may hold, for a posted one and an imported row alike. An occurredAt in the future (past the clock
 * skew) has not happened; an amount of a trillion or more, or with more than four decimals, is a unit or format
 * mistake (cents sent as units, a thousands separator read as a decimal point), not a deal.
 */
@Component
class OutcomeLimits {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final Clock clock;
    private final OutcomeSettings settings;

    OutcomeLimits(Clock clock, OutcomeSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** Every member of the outcome that needs changing, by its name; empty when it may be stored. */
    List<FieldProblem> problems(NewOutcome outcome) {
        List<FieldProblem> problems = new ArrayList<>();
        occurredAt(outcome.occurredAt(), problems);
        amount(outcome.amount(), problems);
        currency(outcome, problems);
        return problems;
    }

    private void occurredAt(Instant occurredAt, List<FieldProblem> problems) {
        Instant latest = clock.instant().plus(settings.clockSkew());
        if (occurredAt != null && occurredAt.isAfter(latest)) {
            problems.add(new FieldProblem("occurredAt", "must not be in the future (the service's clock says "
                    + clock.instant() + ")"));
        } else if (occurredAt != null && occurredAt.isBefore(EARLIEST)) {
            problems.add(new FieldProblem("occurredAt", "must be after " + EARLIEST));
        }
    }

    private static void amount(BigDecimal amount, List<FieldProblem> problems) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            problems.add(new FieldProblem("amount", "must not be negative"));
        } else if (amount.compareTo(MAX_AMOUNT) >= 0) {
            problems.add(new FieldProblem("amount", "must be less than 1000000000000 (one trillion)"));
        } else if (amount.stripTrailingZeros().scale() > 4) {
            problems.add(new FieldProblem("amount", "must have at most 4 decimals"));
        }
    }

    private static void currency(NewOutcome outcome, List<FieldProblem> problems) {
        String currency = outcome.currency();
        if (currency == null) {
            return;
        }
        if (!CURRENCIES.contains(currency)) {
            problems.add(new FieldProblem("currency", "must be an ISO 4217 code in capitals, such as EUR or USD"));
        } else if (outcome.amount() == null) {
            problems.add(new FieldProblem("currency", "is only given with an amount"));
        }
    }
}
