package io.leadrules.rules.backtest.suggest;

/**
 * A points cell the suggestion leaves as it is, and why in a sentence a reviewer can read.
 *
 * @param current the cell's value now, as the table holds it
 */
public record UnchangedRow(String ruleId, String file, String sheet, String cell, String current, String reason) {

    static final String POINTS_PER_UNIT = "points per unit: the suggestion writes points per event and fixed points "
            + "only, so this row keeps its values";

    static String notEnoughData(int leads, int needed) {
        return "not enough data: it fired for " + leads + " training lead(s), the fit needs at least " + needed;
    }

    static String zeroDimensionWeight(String parameter) {
        return parameter + " is 0: these points do not reach the score, so the data says nothing about them";
    }
}
