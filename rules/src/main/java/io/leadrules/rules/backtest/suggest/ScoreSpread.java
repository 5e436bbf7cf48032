package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.backtest.ObservedLead;
import java.util.ArrayList;
import java.util.List;

/**
 * The fallback scale when no fit category has a positive coefficient to share the fit weights by: score points per
 * log-odds such that the fitted log-odds spread (standard deviation over the training leads) as the current scores
 * spread over the same leads. 0 (nothing moves) when either does not spread.
 */
final class ScoreSpread {

    private ScoreSpread() {
    }

    static double pointsPerLogOdds(List<ObservedLead> observations, int[] training, double[][] x, double[] beta) {
        List<Double> scores = new ArrayList<>();
        List<Double> logOdds = new ArrayList<>();
        for (int k = 0; k < training.length; k++) {
            Integer score = observations.get(training[k]).score();
            if (score != null) {
                scores.add(score.doubleValue());
                double sum = 0;
                for (int j = 0; j < beta.length; j++) {
                    sum += beta[j] * x[k][j];
                }
                logOdds.add(sum);
            }
        }
        double spread = deviation(logOdds);
        return spread == 0 ? 0 : deviation(scores) / spread;
    }

    private static double deviation(List<Double> values) {
        if (values.size() < 2) {
            return 0;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.size() - 1));
    }
}
