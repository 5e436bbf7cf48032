package io.leadrules.app.backtest;

import java.util.List;
import java.util.function.Consumer;

/** Where a backtest's leads come from: the stored leads with an outcome, or an uploaded dataset. */
interface CaseSource {

    /** How many leads it will offer, for the job's progress (known before the first page). */
    int total();

    /**
     * Offers its leads a page at a time (never more than {@code pageSize} in memory), counting those it must leave
     * out in {@code excluded}.
     */
    void read(int pageSize, Exclusions excluded, Consumer<List<BacktestCase>> pages);
}
