package io.leadrules.app.console.reports;

import io.leadrules.app.backtest.BacktestReport;
import java.util.List;

/**
 * A backtest report as its page shows it: the report itself for the tables, its sides (the version backtested, then
 * the live one) and, from the same numbers, the charts' JSON (null when the report has no number for them).
 *
 * @param gainsChart       share of converters found against share of leads contacted, best scores first
 * @param liftChart        each decile's lift, per side
 * @param calibrationChart observed conversion per score band against the score read as a chance, with the diagonal
 */
record BacktestView(BacktestReport report, List<Side> sides, String gainsChart, String liftChart,
                    String calibrationChart) {

    /**
     * @param role {@code candidate} (the version backtested) or {@code current} (the one live when it started)
     * @param name the side in the reader's words, with its version
     */
    record Side(String role, String name, BacktestReport.Side side) {
    }
}
