package io.leadrules.rules.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.leadrules.rules.backtest.UndefinedMetricException.Reason;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RocTest {

    private static final double Z = 1.959963984540054;

    @Test
    void perfectRankingHasAucOne() {
        AucEstimate estimate = Roc.auc(new double[] {90, 80, 70, 20, 10}, new boolean[] {true, true, true, false, false});

        assertThat(estimate.auc()).isEqualTo(1.0);
        assertThat(estimate.variance()).isZero();
        assertThat(estimate.confidence95()).isEqualTo(new Interval(1, 1));
        assertThat(estimate.converted()).isEqualTo(3);
        assertThat(estimate.notConverted()).isEqualTo(2);
    }

    @Test
    void reversedRankingHasAucZero() {
        AucEstimate estimate = Roc.auc(new double[] {10, 20, 30, 80, 90}, new boolean[] {true, true, true, false, false});

        assertThat(estimate.auc()).isEqualTo(0.0);
        assertThat(estimate.confidence95()).isEqualTo(new Interval(0, 0));
    }

    @Test
    void constantScoreHasAucOneHalf() {
        AucEstimate estimate = Roc.auc(new double[] {5, 5, 5, 5}, new boolean[] {true, false, true, false});

        assertThat(estimate.auc()).isEqualTo(0.5);
    }

    @Test
    void scoresThatIgnoreTheOutcomeGiveAboutOneHalfWithAnIntervalAroundIt() {
        Random random = new Random(11);
        double[] scores = new double[4000];
        boolean[] converted = new boolean[4000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(101);
            converted[i] = random.nextDouble() < 0.2;
        }

        AucEstimate estimate = Roc.auc(scores, converted);

        assertThat(estimate.auc()).isCloseTo(0.5, within(0.03));
        assertThat(estimate.confidence95().contains(0.5)).isTrue();
        assertThat(estimate.confidence95().upper() - estimate.confidence95().lower()).isBetween(0.02, 0.08);
    }

    /**
     * Converted 90, 70, 50; not converted 70, 60, 30, 10 (one tie at 70).
     * V10 (share of the 4 unconverted each converted lead outscores): 90 -> 4/4, 70 -> 3.5/4, 50 -> 2/4,
     * i.e. 24/24, 21/24, 12/24; AUC = their mean = 57/72 = 19/24.
     * V01 (share of the 3 converted that outscore each unconverted lead): 70 -> 1.5/3, 60 -> 2/3, 30 -> 3/3,
     * 10 -> 3/3, i.e. 12/24, 16/24, 24/24, 24/24 (mean 19/24 too).
     * S10 = (5² + 2² + 7²)/24² / (3-1) = 78/576/2 = 39/576; S01 = (7² + 3² + 5² + 5²)/576 / (4-1) = 36/576.
     * var = S10/3 + S01/4 = 13/576 + 9/576 = 22/576 = 11/288.
     */
    @Test
    void smallCaseWorkedByHand() {
        AucEstimate estimate = Roc.auc(new double[] {90, 70, 50, 70, 60, 30, 10},
                new boolean[] {true, true, true, false, false, false, false});

        assertThat(estimate.auc()).isCloseTo(19.0 / 24, within(1e-15));
        assertThat(estimate.variance()).isCloseTo(11.0 / 288, within(1e-15));
        assertThat(estimate.confidence95().lower()).isCloseTo(19.0 / 24 - Z * Math.sqrt(11.0 / 288), within(1e-15));
        assertThat(estimate.confidence95().upper()).as("clamped to 1").isEqualTo(1.0);
    }

    /** The example of the pAUC package's README (DeLong via Sun and Xu): AUC 0.708, 95% CI (0.378, 1.000). */
    @Test
    void publishedExampleIsReproduced() {
        boolean[] converted = outcomes(0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1);
        double[] scores = {0.1, 0.35, 0.24, 0.8, 0.2, 0.85, 0.13, 0.85, 0.74, 0.58, 0.71, 0.25};

        AucEstimate estimate = Roc.auc(scores, converted);

        assertThat(estimate.auc()).isCloseTo(0.708, within(0.0005));
        assertThat(estimate.confidence95().lower()).isCloseTo(0.378, within(0.0005));
        assertThat(estimate.confidence95().upper()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void varianceAgreesWithTheQuadraticFormulaOfThe1988Paper(long seed) {
        Random random = new Random(seed);
        int n = 50 + random.nextInt(400);
        boolean[] converted = new boolean[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            converted[i] = i < 2 || (i >= 4 && random.nextDouble() < 0.3);
            a[i] = random.nextInt(30) + (converted[i] ? 5 : 0);
            b[i] = Math.round(random.nextGaussian() * 10) / 2.0 + a[i] / 3;
        }
        SlowDeLong slow = new SlowDeLong(converted, a, b);

        AucComparison comparison = Roc.compare(a, b, converted);

        assertThat(comparison.a().auc()).isCloseTo(slow.auc(0), within(1e-12));
        assertThat(comparison.b().auc()).isCloseTo(slow.auc(1), within(1e-12));
        assertThat(comparison.a().variance()).isCloseTo(slow.covariance(0, 0), within(1e-12));
        assertThat(comparison.b().variance()).isCloseTo(slow.covariance(1, 1), within(1e-12));
        double slowDifferenceVariance = slow.covariance(0, 0) + slow.covariance(1, 1) - 2 * slow.covariance(0, 1);
        assertThat(comparison.variance()).isCloseTo(slowDifferenceVariance, within(1e-12));
    }

    /**
     * A million leads with whole-number scores 0..100, as the app will feed: every lead with the same score and
     * outcome has the same structural component, so AUC and variance follow from a histogram in O(n + 101),
     * a third computation sharing nothing with {@link Placements}.
     */
    @Test
    void aMillionLeadsAgreeWithTheHistogramFormula() {
        Random random = new Random(1_000_000);
        double[] scores = new double[1_000_000];
        boolean[] converted = new boolean[scores.length];
        long[][] histogram = new long[2][101];
        for (int i = 0; i < scores.length; i++) {
            int score = random.nextInt(101);
            converted[i] = random.nextInt(200) < score;
            scores[i] = score;
            histogram[converted[i] ? 1 : 0][score]++;
        }

        AucEstimate estimate = Roc.auc(scores, converted);

        double[] expected = histogramAucAndVariance(histogram[1], histogram[0]);
        assertThat(estimate.auc()).isCloseTo(expected[0], within(1e-12));
        assertThat(estimate.variance()).isCloseTo(expected[1], within(1e-12));
        assertThat(estimate.converted() + estimate.notConverted()).isEqualTo(1_000_000);
    }

    private static double[] histogramAucAndVariance(long[] positives, long[] negatives) {
        double m = java.util.Arrays.stream(positives).sum();
        double n = java.util.Arrays.stream(negatives).sum();
        double[] v10 = new double[101];
        double[] v01 = new double[101];
        double negativesBelow = 0;
        double positivesBelow = 0;
        for (int s = 0; s <= 100; s++) {
            v10[s] = (negativesBelow + negatives[s] / 2.0) / n;
            v01[s] = (m - positivesBelow - positives[s] / 2.0) / m;
            negativesBelow += negatives[s];
            positivesBelow += positives[s];
        }
        double auc = 0;
        for (int s = 0; s <= 100; s++) {
            auc += positives[s] * v10[s] / m;
        }
        double s10 = 0;
        double s01 = 0;
        for (int s = 0; s <= 100; s++) {
            s10 += positives[s] * (v10[s] - auc) * (v10[s] - auc);
            s01 += negatives[s] * (v01[s] - auc) * (v01[s] - auc);
        }
        return new double[] {auc, s10 / (m - 1) / m + s01 / (n - 1) / n};
    }

    @Test
    void identicalScoresDifferByZeroWithAZeroWidthInterval() {
        double[] scores = {90, 70, 50, 70, 60, 30, 10};
        boolean[] converted = {true, true, true, false, false, false, false};

        AucComparison comparison = Roc.compare(scores, scores.clone(), converted);

        assertThat(comparison.difference()).isZero();
        assertThat(comparison.variance()).isZero();
        assertThat(comparison.confidence95()).isEqualTo(new Interval(0, 0));
        assertThat(comparison.pValue()).isEqualTo(1.0);
    }

    @Test
    void aClearlyBetterModelHasASmallPValueAndAnIntervalAboveZero() {
        Random random = new Random(42);
        boolean[] converted = new boolean[2000];
        double[] good = new double[2000];
        double[] noise = new double[2000];
        for (int i = 0; i < converted.length; i++) {
            converted[i] = random.nextDouble() < 0.25;
            good[i] = random.nextGaussian() + (converted[i] ? 1.5 : 0);
            noise[i] = random.nextGaussian();
        }

        AucComparison comparison = Roc.compare(good, noise, converted);

        assertThat(comparison.difference()).isEqualTo(comparison.a().auc() - comparison.b().auc());
        assertThat(comparison.confidence95().lower()).isPositive();
        assertThat(comparison.pValue()).isLessThan(1e-6);
        double z = comparison.difference() / Math.sqrt(comparison.variance());
        assertThat(Roc.compare(noise, good, converted).pValue()).isEqualTo(comparison.pValue());
        assertThat(comparison.pValue()).isCloseTo(2 * Normal.cdf(-z), within(1e-15));
    }

    @Test
    void aucDoesNotDependOnTheOrderOfTheLeads() {
        double[] scores = {90, 70, 50, 70, 60, 30, 10};
        boolean[] converted = {true, true, true, false, false, false, false};
        double[] shuffled = {70, 10, 50, 30, 90, 60, 70};
        boolean[] shuffledOutcomes = {false, false, true, false, true, false, true};

        assertThat(Roc.auc(shuffled, shuffledOutcomes)).isEqualTo(Roc.auc(scores, converted));
    }

    @Test
    void noConvertedLeadsIsUndefinedWithAReason() {
        assertThatThrownBy(() -> Roc.auc(new double[] {1, 2, 3}, new boolean[3]))
                .isInstanceOfSatisfying(UndefinedMetricException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_CONVERTED_LEADS))
                .hasMessage("no converted leads in the dataset");
    }

    @Test
    void onlyConvertedLeadsIsUndefinedWithAReason() {
        assertThatThrownBy(() -> Roc.compare(new double[] {1, 2}, new double[] {2, 1}, new boolean[] {true, true}))
                .isInstanceOfSatisfying(UndefinedMetricException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_UNCONVERTED_LEADS));
    }

    @Test
    void aSingleConvertedLeadGivesNoInterval() {
        assertThatThrownBy(() -> Roc.auc(new double[] {1, 2, 3}, new boolean[] {true, false, false}))
                .isInstanceOfSatisfying(UndefinedMetricException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ONE_CONVERTED_LEAD));
    }

    @Test
    void noLeadsIsUndefined() {
        assertThatThrownBy(() -> Roc.auc(new double[0], new boolean[0]))
                .isInstanceOfSatisfying(UndefinedMetricException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_LEADS));
    }

    @Test
    void scoresAndOutcomesOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> Roc.auc(new double[] {1, 2, 3}, new boolean[] {true, false}))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("scores has 3 entries but there are 2 outcomes: one entry per lead is needed");
        assertThatThrownBy(() -> Roc.compare(new double[] {1, 2}, new double[] {1}, new boolean[] {true, false}))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("scores b has 1 entries");
    }

    @Test
    void aScoreThatIsNotANumberIsRefused() {
        double[] scores = {1, Double.NaN, 3, 4};
        boolean[] converted = {true, true, false, false};

        assertThatThrownBy(() -> Roc.auc(scores, converted))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("score of lead 1 is NaN: every score must be a finite number");
        assertThatThrownBy(() -> Roc.compare(new double[] {1, 2, 3, 4}, new double[] {0, 0, Double.POSITIVE_INFINITY, 0}, converted))
                .hasMessage("score b of lead 2 is Infinity: every score must be a finite number");
    }

    @Test
    void negativeZeroTiesWithZero() {
        AucEstimate estimate = Roc.auc(new double[] {0.0, -0.0, 1, -1}, new boolean[] {true, false, true, false});

        assertThat(estimate.auc()).isEqualTo((0.5 + 1 + 1 + 1) / 4);
    }

    static boolean[] outcomes(int... flags) {
        boolean[] converted = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            converted[i] = flags[i] == 1;
        }
        return converted;
    }
}
