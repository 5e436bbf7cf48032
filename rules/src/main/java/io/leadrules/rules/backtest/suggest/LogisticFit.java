package io.leadrules.rules.backtest.suggest;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * L2-regularised logistic regression by LibLinear's primal trust-region Newton solver ({@code L2R_LR}), with an
 * unpenalised intercept so the base rate does not pull the rows' coefficients. The solver is deterministic; its
 * random source is seeded anyway so no solver change can make two runs differ.
 */
final class LogisticFit {

    static final double EPSILON = 1e-4;
    private static final int MAX_ITERATIONS = 1000;

    /** The coefficients in column order, the intercept, and whether the gradient criterion was met. */
    record Coefficients(double[] weights, double intercept, boolean converged) {
    }

    private LogisticFit() {
    }

    static Coefficients fit(double[][] x, boolean[] converted, double c, long seed) {
        int columns = x.length == 0 ? 0 : x[0].length;
        Problem problem = problem(x, converted, columns);
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, EPSILON, MAX_ITERATIONS, 0.1);
        parameter.setRegularizeBias(false);
        parameter.setRandom(new Random(seed));
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] all = model.getFeatureWeights();
        double[] w = new double[columns];
        for (int j = 0; j < columns; j++) {
            w[j] = sign * all[j];
        }
        double intercept = sign * all[columns];
        return new Coefficients(w, intercept, converged(x, converted, w, intercept, c));
    }

    private static Problem problem(double[][] x, boolean[] converted, int columns) {
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = columns + 1;
        problem.bias = 1;
        problem.y = new double[x.length];
        problem.x = new Feature[x.length][];
        for (int i = 0; i < x.length; i++) {
            problem.y[i] = converted[i] ? 1 : -1;
            List<Feature> nodes = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                if (x[i][j] != 0) {
                    nodes.add(new FeatureNode(j + 1, x[i][j]));
                }
            }
            nodes.add(new FeatureNode(columns + 1, 1));
            problem.x[i] = nodes.toArray(new Feature[0]);
        }
        return problem;
    }

    /**
     * LibLinear's own stopping rule, checked again on the result: the gradient's norm at most epsilon (scaled by the
     * smaller class's share, as LibLinear scales it) times its norm at zero. False means the iteration cap stopped it.
     */
    static boolean converged(double[][] x, boolean[] y, double[] w, double intercept, double c) {
        double[] atSolution = gradient(x, y, w, intercept, c);
        double[] atZero = gradient(x, y, new double[w.length], 0, c);
        int positives = 0;
        for (boolean b : y) {
            positives += b ? 1 : 0;
        }
        double share = Math.max(Math.min(positives, y.length - positives), 1) / (double) y.length;
        return norm(atSolution) <= EPSILON * share * norm(atZero) * 1.01 + 1e-9;
    }

    private static double[] gradient(double[][] x, boolean[] y, double[] w, double intercept, double c) {
        double[] g = new double[w.length + 1];
        System.arraycopy(w, 0, g, 0, w.length);
        for (int i = 0; i < x.length; i++) {
            double sign = y[i] ? 1 : -1;
            double margin = intercept;
            for (int j = 0; j < w.length; j++) {
                margin += w[j] * x[i][j];
            }
            double factor = c * (1 / (1 + Math.exp(-sign * margin)) - 1) * sign;
            for (int j = 0; j < w.length; j++) {
                g[j] += factor * x[i][j];
            }
            g[w.length] += factor;
        }
        return g;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double d : v) {
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
