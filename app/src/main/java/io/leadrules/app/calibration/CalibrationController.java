package io.leadrules.app.calibration;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calibrations: a version's list, one by id, and its approval. They are proposed by a backtest
 * ({@link Calibrations#propose}), never over this controller: a curve is fitted on the service's own data.
 */
@RestController
@Tag(name = "Calibrations")
class CalibrationController {

    private final Calibrations calibrations;
    private final CalibrationApproval approval;

    CalibrationController(Calibrations calibrations, CalibrationApproval approval) {
        this.calibrations = calibrations;
        this.approval = approval;
    }

    /** A rule version's calibrations, newest first. */
    record CalibrationList(List<StoredCalibration> items) {
    }

    @ApiResponse(responseCode = "200", description = "The calibrations")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "listVersionCalibrations", summary = "List a rule version's calibrations, newest first",
            description = "The APPROVED one (at most one) is in use: decisions of the version carry its probability.")
    @GetMapping(path = "/api/v1/rulesets/{id}/calibrations", produces = MediaType.APPLICATION_JSON_VALUE)
    CalibrationList ofVersion(@PathVariable("id") String id) {
        return new CalibrationList(calibrations.ofVersion(id));
    }

    @ApiResponse(responseCode = "200", description = "The calibration")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getCalibration", summary = "Read one calibration: its curve, the data it was fitted on, its state")
    @GetMapping(path = "/api/v1/calibrations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    StoredCalibration calibration(@PathVariable("id") String id) {
        return calibrations.existing(parse(id));
    }

    @ApiResponse(responseCode = "200", description = "The calibration, now APPROVED")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @Operation(operationId = "approveCalibration", summary = "Approve a PROPOSED calibration: its version's decisions use it from now on",
            description = "With four eyes on, not by its proposer (403). The calibration in use until then is "
                    + "RETIRED; decisions made with it keep it, and replay with it. 404 when its version was a draft "
                    + "since deleted.")
    @PostMapping(path = "/api/v1/calibrations/{id}/approval", produces = MediaType.APPLICATION_JSON_VALUE)
    StoredCalibration approve(@PathVariable("id") String id) {
        return approval.approve(parse(id));
    }

    /** A calibration id is a UUID; anything else names no calibration. */
    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(CalibrationProblem.CALIBRATION_NOT_FOUND, "No calibration has the id " + id
                    + ": calibration ids are UUIDs.").with("calibrationId", id);
        }
    }
}
