package io.leadrules.app.decision;

import io.leadrules.rules.backtest.calibration.CalibrationCurve;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a decision finds the calibration of its rule version. The calibration feature implements it, so that this
 * package, which every feature calls, knows none of them. {@link #inUse} is asked on every decision: it answers from
 * memory.
 */
public interface ConversionProbabilities {

    /** The version's approved calibration now, or empty when it has none. Never a query. */
    Optional<Calibrated> inUse(String rulesetVersion);

    /** A calibration by its id, whatever its state now: a recorded decision names the one it used. */
    Optional<Calibrated> byId(UUID calibrationId);

    /** A calibration's id and its curve. */
    record Calibrated(UUID id, CalibrationCurve curve) {

        /** The curve's probability for the score, rounded to 4 decimals as answers and records carry it. */
        public double probability(int score) {
            return Math.round(curve.probability(score) * 10_000) / 10_000.0;
        }
    }
}
