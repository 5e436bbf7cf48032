package io.leadrules.app.calibration;

import io.leadrules.app.ruleset.RuleApprovalSettings;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approves a PROPOSED calibration, as a rule version is activated: with four eyes on
 * ({@code leadrules.rules.four-eyes}), never by the person who proposed it, since from then on every decision of its
 * version carries its probability. The approved one is in use; the version's calibration in use until then is
 * RETIRED. State, retirement and audit entry commit together; then the in-memory calibrations are read again. One
 * approval at a time, so two at once cannot leave a version with two calibrations in use.
 */
@Service
class CalibrationApproval {

    private final CalibrationStore store;
    private final Calibrations calibrations;
    private final CalibrationAudit audit;
    private final CalibrationsInUse inUse;
    private final RuleSetHistory versions;
    private final RuleApprovalSettings settings;
    private final CurrentActor actor;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CalibrationApproval(CalibrationStore store, Calibrations calibrations, CalibrationAudit audit,
                        CalibrationsInUse inUse, RuleSetHistory versions, RuleApprovalSettings settings,
                        CurrentActor actor, TransactionTemplate transactions, Clock clock) {
        this.versions = versions;
        this.store = store;
        this.calibrations = calibrations;
        this.audit = audit;
        this.inUse = inUse;
        this.settings = settings;
        this.actor = actor;
        this.transactions = transactions;
        this.clock = clock;
    }

    synchronized StoredCalibration approve(UUID id) {
        StoredCalibration calibration = calibrations.existing(id);
        // A deleted draft's calibration outlives it, but approving it would put in use a curve nothing can use.
        versions.existingVersion(calibration.rulesetVersion());
        String approver = actor.name();
        boolean selfApproved = approver.equals(calibration.createdBy());
        if (selfApproved && settings.fourEyes()) {
            throw new ProblemException(CalibrationProblem.CALIBRATION_FOUR_EYES_REQUIRED, "Calibration " + id
                    + " was proposed by " + calibration.createdBy() + ", who cannot also approve it: another rule "
                    + "editor approves it. Nothing changed.").with("calibrationId", id.toString())
                    .with("proposedBy", calibration.createdBy());
        }
        transactions.executeWithoutResult(tx -> approveLocked(calibration, approver, selfApproved));
        inUse.reload();
        return calibrations.existing(id);
    }

    private void approveLocked(StoredCalibration calibration, String approver, boolean selfApproved) {
        Instant now = clock.instant();
        if (!store.approve(calibration.id(), approver, now, selfApproved)) {
            throw new ProblemException(CalibrationProblem.CALIBRATION_ALREADY_APPROVED, "Calibration "
                    + calibration.id() + " is " + store.find(calibration.id()).orElseThrow().state()
                    + ": only a PROPOSED calibration can be approved. Nothing changed.")
                    .with("calibrationId", calibration.id().toString());
        }
        List<UUID> retired = store.retireOthers(calibration.rulesetVersion(), calibration.id());
        audit.approved(calibration, now, selfApproved, retired);
    }
}
