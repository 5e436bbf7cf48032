package io.leadrules.rules.backtest.calibration;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Platt scaling: a logistic regression of the outcome on the score alone, fitted by LIBLINEAR. The score is fed as
 * score / 100 (a feature in [0, 1] keeps the solver well conditioned) and the slope scaled back to points. LIBLINEAR
 * regularises every weight, the bias included; {@link #COST} is high enough that the penalty moves neither by more
 * than rounding on a few hundred leads, yet keeps a perfectly separable sample from a slope of infinity.
 */
final class Platt {

    private static final double COST = 1e4;
    private static final double TOLERANCE = 1e-8;
    private static final double POSITIVE = 1;
    private static final double NEGATIVE = -1;

    private Platt() {
    }

    static CalibrationCurve.Logistic fit(int[] scores, boolean[] converted) {
        Problem problem = new Problem();
        problem.l = scores.length;
        problem.n = 2;
        problem.bias = 1;
        problem.x = new Feature[scores.length][];
        problem.y = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            problem.x[i] = new Feature[] {new FeatureNode(1, scores[i] / 100.0), new FeatureNode(2, 1)};
            problem.y[i] = converted[i] ? POSITIVE : NEGATIVE;
        }
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, TOLERANCE));
        double sign = model.getLabels()[0] == POSITIVE ? 1 : -1;
        double[] weights = model.getFeatureWeights();
        double slope = sign * weights[0] / 100;
        return slope > 0 ? new CalibrationCurve.Logistic(slope, sign * weights[1]) : flat(scores, converted);
    }

    /**
     * Scores that rank converters no better than chance (or backwards) say nothing about a lead's chances: every
     * score gets the sample's conversion rate, rather than a probability that falls as the score rises.
     */
    private static CalibrationCurve.Logistic flat(int[] scores, boolean[] converted) {
        long positives = 0;
        for (boolean c : converted) {
            positives += c ? 1 : 0;
        }
        double rate = (double) positives / scores.length;
        return new CalibrationCurve.Logistic(0, Math.log(rate / (1 - rate)));
    }
}
