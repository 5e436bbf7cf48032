package io.leadrules.rules.backtest;

/** The standard normal distribution, as far as intervals and two-sided p-values need it. */
final class Normal {

    /** The 97.5% quantile: a 95% two-sided interval is {@code estimate ± Z95·sd}. */
    static final double Z95 = 1.959963984540054;

    private static final double LOG_SQRT_TWO_PI = 0.9189385332046727;

    private Normal() {
    }

    /**
     * Φ(x) by Marsaglia's Taylor series (J. Stat. Software 11(4), 2004): Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/15 + …),
     * summed until a term no longer changes the sum. Absolute error about 1e-15, which is all a p-value needs;
     * beyond |x| = 9 the answer is 0 or 1 to double precision and the series is not run.
     */
    static double cdf(double x) {
        if (x < -9) {
            return 0;
        }
        if (x > 9) {
            return 1;
        }
        double sum = x;
        double term = x;
        double previous = Double.NaN;
        for (int i = 3; sum != previous; i += 2) {
            previous = sum;
            term *= x * x / i;
            sum += term;
        }
        return 0.5 + sum * Math.exp(-0.5 * x * x - LOG_SQRT_TWO_PI);
    }

    /** P(|Z| >= |z|), the two-sided p-value of a z statistic. */
    static double twoSidedP(double z) {
        return Math.min(1, 2 * cdf(-Math.abs(z)));
    }
}
