package io.leadrules.app.backtest;

import io.leadrules.app.calibration.Calibrations;
import io.leadrules.app.calibration.StoredCalibration;
import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.openapi.ApiProblems;
import io.leadrules.rules.backtest.calibration.CalibrationMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A calibration proposed from a finished backtest: the version's scores of the leads it scored, against their
 * outcomes. Proposed only: it is used once someone other than its proposer approves it.
 */
@RestController
@Tag(name = "Backtests")
class BacktestCalibrationController {

    private final Backtests backtests;
    private final BacktestStore store;
    private final Calibrations calibrations;

    BacktestCalibrationController(Backtests backtests, BacktestStore store, Calibrations calibrations) {
        this.backtests = backtests;
        this.store = store;
        this.calibrations = calibrations;
    }

    @ApiResponse(responseCode = "201", description = "Proposed; Location names it")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @Operation(operationId = "proposeCalibration", summary = "Propose a calibration of the backtested version from a finished backtest",
            description = "201 with Location. method PLATT (a logistic curve, the default) or ISOTONIC (steps). "
                    + "Fitted on the scores the version gave the backtest's leads (INVALID leads have none) and "
                    + "their outcomes. Approve it with POST /api/v1/calibrations/{id}/approval.")
    @PostMapping(path = "/api/v1/backtests/{id}/calibration", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredCalibration> propose(@PathVariable("id") String pathId,
                                              @RequestBody(required = false) CalibrationRequest request) {
        Backtest job = backtests.done(PathIds.parse(pathId, BacktestProblem.BACKTEST_NOT_FOUND, "backtest",
                "as POST /api/v1/rulesets/{id}/backtest answers them"));
        Column scored = new Column();
        store.forEachObserved(job.id(), lead -> {
            if (lead.score() != null) {
                scored.add(lead.score(), lead.converted());
            }
        });
        CalibrationMethod method = request == null || request.method() == null ? CalibrationMethod.PLATT
                : request.method();
        StoredCalibration proposed = calibrations.propose(job.rulesetVersion(), job.id(), method,
                integers(scored.numbers()), scored.flags());
        return ResponseEntity.created(URI.create("/api/v1/calibrations/" + proposed.id())).body(proposed);
    }

    private static int[] integers(double[] scores) {
        int[] whole = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            whole[i] = (int) scores[i];
        }
        return whole;
    }

    /** @param method PLATT (default) or ISOTONIC */
    record CalibrationRequest(CalibrationMethod method) {
    }
}
