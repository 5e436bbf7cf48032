package io.leadrules.app.calibration;

import io.leadrules.rules.backtest.calibration.CalibrationCurve;
import io.leadrules.rules.backtest.calibration.CalibrationMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * A calibration as stored and answered. Everything but its state and approval is fixed when it is proposed.
 *
 * @param backtestId   the backtest it was fitted on; null when none was named
 * @param approvedBy   who approved it; null while PROPOSED
 * @param selfApproved true when its proposer approved it (four eyes off)
 */
public record StoredCalibration(UUID id, String rulesetVersion, CalibrationMethod method, CalibrationCurve curve,
                                int sampleSize, int converted, UUID backtestId, Instant createdAt, String createdBy,
                                State state, String approvedBy, Instant approvedAt, boolean selfApproved) {

    /** Where a calibration is in its life. The names are stored: never rename one, only add. */
    public enum State {
        /** Fitted, waiting for a second person's approval; no decision uses it. */
        PROPOSED,
        /** In use: every new decision of its version carries its probability. */
        APPROVED,
        /** Was in use until a newer calibration of its version was approved; decisions made with it keep it. */
        RETIRED
    }
}
