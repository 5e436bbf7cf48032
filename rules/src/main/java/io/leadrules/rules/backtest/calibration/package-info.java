/**
 * A conversion probability for a score: a {@link io.leadrules.rules.backtest.calibration.CalibrationCurve} fitted on
 * a backtest's (score, converted) pairs by {@link io.leadrules.rules.backtest.calibration.Calibrator}, with Platt
 * scaling (a logistic curve, LIBLINEAR) or isotonic regression (pool-adjacent-violators, written here: see
 * {@code docs/decisions/0023-calibration.md}).
 *
 * <p>A curve is immutable, made of records of numbers and lists, so the service stores it as JSON and reads it back
 * into the same curve; {@code probability(score)} is monotone non-decreasing in the score and within [0, 1]. A
 * dataset that cannot be calibrated (too few leads, no converter, only converters) throws
 * {@link io.leadrules.rules.backtest.calibration.CalibrationDataException}.
 */
package io.leadrules.rules.backtest.calibration;
