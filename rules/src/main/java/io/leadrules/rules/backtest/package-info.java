/**
 * Metrics over (score, outcome) pairs, for the backtest that proves a rule version before it goes live: ROC AUC
 * with its DeLong interval and the paired difference between two versions ({@link io.leadrules.rules.backtest.Roc}),
 * gains and lift by decile ({@link io.leadrules.rules.backtest.Gains}), observed conversion by score band
 * ({@link io.leadrules.rules.backtest.Calibration}), by category ({@link io.leadrules.rules.backtest.Categories}),
 * precision and recall of a yes/no selection ({@link io.leadrules.rules.backtest.Selection}) and per rule
 * ({@link io.leadrules.rules.backtest.RuleFirings}).
 *
 * <p>Inputs are primitive arrays indexed by lead (one slot per lead, {@code converted[i]} the outcome of the lead
 * scored {@code scores[i]}), so a million leads cost a few megabytes; every metric is O(n log n) or better.
 * Results are immutable records of numbers, strings and lists, so the service can serve them as JSON as they are.
 * A rate that has no denominator (an empty band, a rule that fired for no lead) is {@code null}, never NaN and
 * never an invented 0.
 *
 * <p>Two kinds of failure, kept apart on purpose: arrays of different lengths or a score that is NaN or infinite
 * are the caller's mistake and throw {@link java.lang.IllegalArgumentException}; a dataset on which a metric has no
 * meaning (no converted leads, no lead that did not convert) throws the subclass
 * {@link io.leadrules.rules.backtest.UndefinedMetricException}, whose {@code reason()} the report can show as it is.
 */
package io.leadrules.rules.backtest;
