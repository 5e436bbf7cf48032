package io.leadrules.rules.backtest.calibration;

import java.util.List;
import java.util.Objects;

/**
 * A fitted calibration: the method, its parameters ({@code logistic} for Platt, {@code steps} for isotonic, the other
 * null or empty), and the data it was fitted on ({@code sampleSize} leads, {@code converted} of them converted).
 * Records of numbers and lists only, so it is stored as JSON and read back into the same curve.
 *
 * <p>Isotonic steps are applied stepwise, not interpolated: a score gets the probability of the last step starting at
 * or below it (the first step's below the first). A step is what the data said for that band of scores; a line drawn
 * between two steps would be a probability no lead ever showed.
 */
public record CalibrationCurve(CalibrationMethod method, Logistic logistic, List<Step> steps, int sampleSize,
                               int converted) {

    public CalibrationCurve {
        Objects.requireNonNull(method, "method");
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (method == CalibrationMethod.PLATT ? logistic == null : steps.isEmpty()) {
            throw new IllegalArgumentException(method + " calibration without its parameters");
        }
        requireIncreasing(steps);
    }

    /** p = 1 / (1 + e^-(slope * score + intercept)), the score in points (0..100). */
    public record Logistic(double slope, double intercept) {

        public Logistic {
            if (!Double.isFinite(slope) || !Double.isFinite(intercept) || slope < 0) {
                throw new IllegalArgumentException("A logistic curve needs a finite slope >= 0 and intercept");
            }
        }
    }

    /** From {@code fromScore} on (until the next step), the probability; {@code leads} pooled into this step. */
    public record Step(int fromScore, double probability, int leads) {
    }

    /** The probability of converting for a lead with this score (0..100): in [0, 1], never lower for a higher score. */
    public double probability(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A score is 0..100, not " + score);
        }
        if (method == CalibrationMethod.PLATT) {
            return 1 / (1 + Math.exp(-(logistic.slope() * score + logistic.intercept())));
        }
        Step current = steps.get(0);
        for (Step step : steps) {
            if (step.fromScore() > score) {
                break;
            }
            current = step;
        }
        return current.probability();
    }

    private static void requireIncreasing(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean inRange = step.probability() >= 0 && step.probability() <= 1;
            boolean ordered = i == 0 || (step.fromScore() > steps.get(i - 1).fromScore()
                    && step.probability() >= steps.get(i - 1).probability());
            if (!inRange || !ordered) {
                throw new IllegalArgumentException("Isotonic steps must rise in score and probability, within [0, 1]");
            }
        }
    }
}
