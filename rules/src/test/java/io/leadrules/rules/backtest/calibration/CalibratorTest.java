package io.leadrules.rules.backtest.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.leadrules.rules.backtest.calibration.CalibrationCurve.Step;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CalibratorTest {

    @Test
    void plattRecoversTheLogisticCurveTheDataWasDrawnFrom() {
        double slope = 0.08;
        double intercept = -4;
        Random random = new Random(11);
        int n = 20_000;
        int[] scores = new int[n];
        boolean[] converted = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextInt(101);
            converted[i] = random.nextDouble() < 1 / (1 + Math.exp(-(slope * scores[i] + intercept)));
        }

        CalibrationCurve curve = Calibrator.fit(CalibrationMethod.PLATT, scores, converted);

        assertThat(curve.logistic().slope()).isCloseTo(slope, within(0.008));
        assertThat(curve.logistic().intercept()).isCloseTo(intercept, within(0.4));
        assertThat(curve.probability(50)).isCloseTo(0.5, within(0.03));
        assertThat(curve.sampleSize()).isEqualTo(n);
        assertThat(curve.steps()).isEmpty();
    }

    @Test
    void isotonicPoolsTheScoresWhoseRatesFallIntoOneStep() {
        // per score: 10 -> 1/5 converted, 20 -> 3/5, 30 -> 1/5 (violates 20), 40 -> 4/5; then 15 leads at 90, all but 1
        Data data = new Data();
        data.add(10, 5, 1).add(20, 5, 3).add(30, 5, 1).add(40, 5, 4).add(90, 15, 14);

        CalibrationCurve curve = Calibrator.fit(CalibrationMethod.ISOTONIC, data.scores(), data.converted());

        assertThat(curve.steps()).containsExactly(new Step(10, 0.2, 5), new Step(20, 0.4, 10), new Step(40, 0.8, 5),
                new Step(90, 14 / 15.0, 15));
        assertThat(curve.probability(0)).isEqualTo(0.2);
        assertThat(curve.probability(25)).as("stepwise, not interpolated").isEqualTo(0.4);
        assertThat(curve.probability(30)).isEqualTo(0.4);
        assertThat(curve.probability(89)).isEqualTo(0.8);
        assertThat(curve.probability(100)).isEqualTo(14 / 15.0);
        assertThat(curve.converted()).isEqualTo(1 + 3 + 1 + 4 + 14);
    }

    @ParameterizedTest
    @EnumSource(CalibrationMethod.class)
    void probabilityNeverFallsAsTheScoreRisesAndStaysWithinZeroAndOne(CalibrationMethod method) {
        Random random = new Random(3);
        int n = 500;
        int[] scores = new int[n];
        boolean[] converted = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextInt(101);
            converted[i] = random.nextDouble() < 0.3;
        }

        CalibrationCurve curve = Calibrator.fit(method, scores, converted);

        for (int score = 0; score < 100; score++) {
            assertThat(curve.probability(score)).isBetween(0.0, 1.0).isLessThanOrEqualTo(curve.probability(score + 1));
        }
    }

    @Test
    void plattOnScoresThatRankBackwardsGivesEveryScoreTheSampleRate() {
        Data data = new Data();
        data.add(10, 20, 15).add(90, 20, 5);

        CalibrationCurve curve = Calibrator.fit(CalibrationMethod.PLATT, data.scores(), data.converted());

        assertThat(curve.probability(0)).isCloseTo(0.5, within(1e-9));
        assertThat(curve.probability(100)).isCloseTo(0.5, within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(CalibrationMethod.class)
    void refusesFewerLeadsThanTheMinimum(CalibrationMethod method) {
        Data data = new Data().add(10, 15, 2).add(80, Calibrator.MIN_LEADS - 16, 9);

        assertThatThrownBy(() -> Calibrator.fit(method, data.scores(), data.converted()))
                .isInstanceOfSatisfying(CalibrationDataException.class,
                        e -> assertThat(e.reason()).isEqualTo(CalibrationDataException.Reason.TOO_FEW_LEADS));
    }

    @ParameterizedTest
    @EnumSource(CalibrationMethod.class)
    void refusesADatasetWithoutConverters(CalibrationMethod method) {
        Data data = new Data().add(10, 20, 0).add(80, 20, 0);

        assertThatThrownBy(() -> Calibrator.fit(method, data.scores(), data.converted()))
                .isInstanceOfSatisfying(CalibrationDataException.class,
                        e -> assertThat(e.reason()).isEqualTo(CalibrationDataException.Reason.NO_CONVERTED_LEADS));
    }

    @ParameterizedTest
    @EnumSource(CalibrationMethod.class)
    void refusesADatasetOfConvertersOnly(CalibrationMethod method) {
        Data data = new Data().add(10, 20, 20).add(80, 20, 20);

        assertThatThrownBy(() -> Calibrator.fit(method, data.scores(), data.converted()))
                .isInstanceOfSatisfying(CalibrationDataException.class,
                        e -> assertThat(e.reason()).isEqualTo(CalibrationDataException.Reason.NO_UNCONVERTED_LEADS));
    }

    @Test
    void aScoreOutsideZeroToHundredIsTheCallersMistake() {
        Data data = new Data().add(10, 20, 5).add(80, 20, 10);
        int[] scores = data.scores();
        scores[3] = 101;

        assertThatThrownBy(() -> Calibrator.fit(CalibrationMethod.ISOTONIC, scores, data.converted()))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead 3");
    }

    @Test
    void curveRefusesIsotonicStepsThatFall() {
        assertThatThrownBy(() -> new CalibrationCurve(CalibrationMethod.ISOTONIC, null,
                java.util.List.of(new Step(0, 0.5, 10), new Step(50, 0.4, 10)), 20, 9))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Leads added by score: {@code leads} of them, {@code converters} of which converted. */
    private static final class Data {
        private final java.util.List<Integer> scores = new java.util.ArrayList<>();
        private final java.util.List<Boolean> converted = new java.util.ArrayList<>();

        Data add(int score, int leads, int converters) {
            for (int i = 0; i < leads; i++) {
                scores.add(score);
                converted.add(i < converters);
            }
            return this;
        }

        int[] scores() {
            return scores.stream().mapToInt(Integer::intValue).toArray();
        }

        boolean[] converted() {
            boolean[] out = new boolean[converted.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = converted.get(i);
            }
            return out;
        }
    }
}
