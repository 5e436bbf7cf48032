package io.leadrules.rules.backtest.suggest;

/** A row of the FitWeights table: a fit category, its weight now and the cell that holds it. */
record CategoryWeight(String category, String ruleId, String file, String sheet, String cell, int current) {
}
