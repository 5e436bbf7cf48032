package io.leadrules.rules.backtest;

import java.util.List;

/**
 * Gains and lift by score decile. Holds at most ten rows: a decile that received no leads (a tie took its place,
 * or there are fewer than ten leads) is left out, so its number is missing rather than shown with made-up rates.
 */
public record GainsTable(int leads, int converted, double overallRate, List<DecileRow> deciles) {

    public GainsTable {
        deciles = List.copyOf(deciles);
    }
}
