package io.leadrules.rules.dataset;

/**
 * Where a reader hands each row of a file, in file order: an accepted row, or the problem that rejected one. Bulk
 * scoring answers both (one answer per line); a backtest only counts the rejected ones.
 */
public interface DatasetRows {

    void accepted(DatasetRow row);

    void rejected(DatasetProblem problem);

    /**
     * A rejected row with the {@code id} it would have had (its {@code id} cell when that is usable text, else its
     * line number), so that what is joined to rows by id (an activities file) can pass it by.
     */
    default void rejected(DatasetProblem problem, String id) {
        rejected(problem);
    }
}
