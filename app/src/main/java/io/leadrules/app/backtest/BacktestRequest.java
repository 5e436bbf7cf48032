package io.leadrules.app.backtest;

import java.time.Instant;

/**
 * A backtest's cut-off, in the JSON body (stored leads) or as query parameters (an uploaded dataset). Give at most one:
 * neither means each lead's creation plus {@code leadrules.backtest.cutoff-days}.
 *
 * @param cutoffDays days after each lead's creation (0 to 3650)
 * @param cutoffAt   one instant for every lead, not in the future
 */
public record BacktestRequest(Integer cutoffDays, Instant cutoffAt) {

    static final int MAX_DAYS = 3650;
}
