package io.leadrules.rules.backtest.calibration;

import io.leadrules.rules.backtest.calibration.CalibrationDataException.Reason;

/**
 * Fits a {@link CalibrationCurve} on a backtest's leads: {@code scores[i]} (0..100) the score of lead {@code i},
 * {@code converted[i]} its outcome. Leads without a score (INVALID) are the caller's to leave out: they get no
 * probability either.
 */
public final class Calibrator {

    /**
     * The fewest leads a curve is fitted on. Below it one converter more or less moves a step by several points:
     * the curve would describe the sample, not the leads to come.
     */
    public static final int MIN_LEADS = 30;

    private Calibrator() {
    }

    /**
     * @throws CalibrationDataException when the data cannot be calibrated (too few leads, one outcome only)
     * @throws IllegalArgumentException when the arrays differ in length or a score is outside 0..100
     */
    public static CalibrationCurve fit(CalibrationMethod method, int[] scores, boolean[] converted) {
        int positives = requireCalibratable(scores, converted);
        return switch (method) {
            case PLATT -> new CalibrationCurve(method, Platt.fit(scores, converted), null, scores.length, positives);
            case ISOTONIC -> new CalibrationCurve(method, null, Isotonic.fit(scores, converted), scores.length,
                    positives);
        };
    }

    /** The number of converted leads, once the data is known to be fit for a curve. */
    private static int requireCalibratable(int[] scores, boolean[] converted) {
        if (scores.length != converted.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + converted.length + " outcomes");
        }
        int positives = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] < 0 || scores[i] > 100) {
                throw new IllegalArgumentException("A score is 0..100, not " + scores[i] + " (lead " + i + ")");
            }
            positives += converted[i] ? 1 : 0;
        }
        if (scores.length < MIN_LEADS) {
            throw new CalibrationDataException(Reason.TOO_FEW_LEADS);
        }
        if (positives == 0) {
            throw new CalibrationDataException(Reason.NO_CONVERTED_LEADS);
        }
        if (positives == scores.length) {
            throw new CalibrationDataException(Reason.NO_UNCONVERTED_LEADS);
        }
        return positives;
    }
}
