package io.leadrules.rules.backtest.suggest;

/**
 * A row of the version's tables whose points cell the regression can suggest a value for: where that cell is, what
 * it holds now and how the row's earned points turn into its feature (see {@link Kind}).
 *
 * @param category the group of exclusive rows it belongs to, of which a lead earns at most one: the fit category of a
 *                 Fit row, "line " and the line of an ActivityWindows row; null for the other engagement rows
 * @param cap      the Cap per type of a points-per-event row; null when it has none
 */
record PointRow(String ruleId, Kind kind, String category, String file, String sheet, String cell, int current,
                Integer cap) {

    /** How a row earns points, which decides its feature and the scale of its suggested value. */
    enum Kind {
        /** A Fit row with a Match (0-100, a share of its category's weight); feature: 1 when it counted. */
        FIT_MATCH,
        /** A Fit row with Points; feature: 1 when it counted. */
        FIT_POINTS,
        /** An ActivityPoints row with points per event; feature: its earned points / its points per event. */
        PER_EVENT,
        /** An ActivityWindows row or a Signals row: fixed points when it fires; feature: 1 when it fired. */
        FIXED_POINTS;

        boolean isFit() {
            return this == FIT_MATCH || this == FIT_POINTS;
        }
    }

    /** What the row's cell is worth on the score's scale: Match rows count as a share of their weight. */
    int pointsNow(int categoryWeight) {
        return kind == Kind.FIT_MATCH ? categoryWeight * current / 100 : current;
    }
}
