package io.leadrules.rules.backtest.suggest;

/**
 * The value the regression suggests for one points cell, beside the one it holds now. A suggested value equal to the
 * current one is listed too (the data agreed); only those that differ are written into the copy of the workbooks.
 *
 * @param coefficient the regression's coefficient for the row's feature (log-odds per unit of the feature); for a
 *                    category weight, the largest coefficient of the category's rows
 * @param leads       the training leads the row fired for (counted, for a Fit row); for a weight, the category's
 */
public record SuggestedValue(String ruleId, String file, String sheet, String cell, String current,
                             String suggested, double coefficient, int leads) {

    /** True when the suggested value differs from the current one: the cell is written in the copy. */
    public boolean changes() {
        return !current.equals(suggested);
    }
}
