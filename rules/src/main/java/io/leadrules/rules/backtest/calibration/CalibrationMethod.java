package io.leadrules.rules.backtest.calibration;

/** How a curve turns a score into a probability. The names are stored: never rename one, only add. */
public enum CalibrationMethod {
    /** A logistic curve p = 1 / (1 + e^-(slope * score + intercept)): smooth, two numbers, needs less data. */
    PLATT,
    /** Steps fitted by pool-adjacent-violators: follows the data's own shape, needs more of it. */
    ISOTONIC
}
