package io.leadrules.app.calibration;

import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.rules.backtest.calibration.CalibrationCurve;
import io.leadrules.rules.backtest.calibration.CalibrationDataException;
import io.leadrules.rules.backtest.calibration.CalibrationMethod;
import io.leadrules.rules.backtest.calibration.Calibrator;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibrations of rule versions: proposed from a backtest's leads, read, and listed. Approval is
 * {@link CalibrationApproval}'s. A calibration never changes once made; decisions record the id of the one they
 * used.
 */
@Service
public class Calibrations {

    private final CalibrationStore store;
    private final CalibrationAudit audit;
    private final RuleSetHistory versions;
    private final CurrentActor actor;
    private final Clock clock;

    Calibrations(CalibrationStore store, CalibrationAudit audit, RuleSetHistory versions, CurrentActor actor,
                 Clock clock) {
        this.store = store;
        this.audit = audit;
        this.versions = versions;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Fits and stores a PROPOSED calibration of the version, proposed by the current actor. {@code scores[i]} (0..100)
     * and {@code converted[i]} are one lead of the backtest; leave INVALID leads (no score) out.
     *
     * @param backtestId the backtest the leads come from; null when none
     * @throws ProblemException 404 ({@code ruleset-version-not-found}) for no such version, 422
     *                          ({@link CalibrationProblem#CALIBRATION_IMPOSSIBLE}) for leads that cannot be calibrated
     */
    @Transactional
    public StoredCalibration propose(String versionId, UUID backtestId, CalibrationMethod method, int[] scores,
                                     boolean[] converted) {
        String version = versions.existingVersion(versionId);
        CalibrationCurve curve = fit(version, method, scores, converted);
        StoredCalibration calibration = new StoredCalibration(UUID.randomUUID(), version, method, curve,
                curve.sampleSize(), curve.converted(), backtestId, clock.instant(), actor.name(),
                StoredCalibration.State.PROPOSED, null, null, false);
        store.insert(calibration);
        audit.proposed(calibration);
        return calibration;
    }

    /** The calibration; a 404 problem when there is none. */
    @Transactional(readOnly = true)
    public StoredCalibration existing(UUID id) {
        return store.find(id).orElseThrow(() -> new ProblemException(CalibrationProblem.CALIBRATION_NOT_FOUND,
                ProblemMessage.of("calibration-not-found.detail", id)).with("calibrationId", id.toString()));
    }

    /** The version's calibrations, newest first; a 404 problem when there is no such version. */
    @Transactional(readOnly = true)
    public List<StoredCalibration> ofVersion(String versionId) {
        return store.ofVersion(versions.existingVersion(versionId));
    }

    private static CalibrationCurve fit(String version, CalibrationMethod method, int[] scores, boolean[] converted) {
        try {
            return Calibrator.fit(method, scores, converted);
        } catch (CalibrationDataException e) {
            throw new ProblemException(CalibrationProblem.CALIBRATION_IMPOSSIBLE, "Rule version " + version
                    + " cannot be calibrated on these leads: " + e.reason().sentence() + ".")
                    .with("rulesetVersion", version).with("reason", e.reason().name())
                    .with("sampleSize", scores.length);
        }
    }
}
