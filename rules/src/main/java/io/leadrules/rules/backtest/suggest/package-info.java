/**
 * Suggested points: from a backtest's observations ({@link io.leadrules.rules.backtest.ObservedLead}), an
 * L2-regularised logistic regression on the version's own points rows, its coefficients put back on the version's
 * scales and written into a copy of its workbooks ({@link io.leadrules.rules.backtest.suggest.SuggestedPoints}).
 * The result is a {@link io.leadrules.rules.backtest.suggest.Suggestion} for a person to review and upload as a
 * draft; nothing here stores or activates anything. Why a regression, why LibLinear and how the scale is chosen:
 * docs/decisions/0022-suggested-points-by-regularised-regression.md.
 */
package io.leadrules.rules.backtest.suggest;
