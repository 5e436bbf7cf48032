package io.leadrules.app.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * The leads a source read but could not backtest, by reason, so none is dropped silently. Sources count into it
 * while they read; the report shows the totals and the first {@value #KEPT} rejected rows of an uploaded dataset.
 */
final class Exclusions {

    static final int KEPT = 100;

    private int noOutcome;
    private int notCreatedByCutoff;
    private int cutoffInFuture;
    private int rejectedRows;
    private final List<String> firstRejections = new ArrayList<>();

    void noOutcome() {
        noOutcome++;
    }

    void notCreatedByCutoff() {
        notCreatedByCutoff++;
    }

    void cutoffInFuture() {
        cutoffInFuture++;
    }

    /** Uploaded rows that are not leads (a bad cell), and the first of them, each naming its line and column. */
    void rejectedRows(int count, List<String> first) {
        rejectedRows += count;
        first.stream().limit(KEPT - firstRejections.size()).forEach(firstRejections::add);
    }

    int total() {
        return noOutcome + notCreatedByCutoff + cutoffInFuture + rejectedRows;
    }

    BacktestReport.Excluded summary(int invalid) {
        return new BacktestReport.Excluded(noOutcome, notCreatedByCutoff, cutoffInFuture, rejectedRows, invalid,
                List.copyOf(firstRejections));
    }
}
