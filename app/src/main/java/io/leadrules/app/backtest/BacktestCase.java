package io.leadrules.app.backtest;

import io.leadrules.rules.evaluation.EvaluationInput;

/**
 * One lead to backtest: what was known of it at its cut-off (the input both versions score) and what became of it.
 *
 * @param convertedBeforeCutoff the lead converted before its cut-off: its score may already reflect the conversion
 *                              (the report counts these, so a cut-off that is too late shows)
 */
record BacktestCase(EvaluationInput input, boolean converted, boolean convertedBeforeCutoff) {
}
