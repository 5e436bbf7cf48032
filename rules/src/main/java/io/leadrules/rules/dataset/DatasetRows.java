package io.leadrules.rules.dataset;

/**
 * Where a reader hands each row of a file, in file order: an accepted row, or the problem that rejected one. Bulk
 * scoring answers both (one answer per line); a backtest only counts the rejected ones.
 */
public interface DatasetRows {

    void accepted(DatasetRow row);

    void rejected(DatasetProblem problem);
}
