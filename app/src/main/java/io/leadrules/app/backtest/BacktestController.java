package io.leadrules.app.backtest;

import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Backtests: how well a rule version, and beside it the live one, ranked leads whose outcome is known. */
@RestController
@Tag(name = "Backtests")
class BacktestController {

    /** The most backtests a version's list shows. */
    static final int LISTED = 20;

    private final Backtests backtests;

    BacktestController(Backtests backtests) {
        this.backtests = backtests;
    }

    @ApiResponse(responseCode = "202", description = "Queued; Location names it")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @Operation(operationId = "startBacktest", summary = "Backtest a rule version over the stored leads with an outcome",
            description = "202 with Location. Scores each stored lead that has an outcome as of its cut-off (its "
                    + "creation plus cutoffDays, or the fixed cutoffAt) with the version and with the live one, and "
                    + "measures both against the outcomes. Writes no decision.")
    @PostMapping(path = "/api/v1/rulesets/{id}/backtest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Backtest> overStoredLeads(@PathVariable("id") String versionId,
                                             @RequestBody(required = false) BacktestRequest request) {
        return accepted(backtests.overStoredLeads(versionId, request));
    }

    @ApiResponse(responseCode = "202", description = "Queued; Location names it")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The cut-off over stored leads (JSON), or "
            + "a dataset (CSV)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = BacktestRequest.class)),
            @Content(mediaType = BacktestDatasetBodyLimit.CSV, schema = @Schema(type = "string"))})
    @Operation(operationId = "startBacktest", summary = "Backtest a rule version over an uploaded dataset (CSV)",
            description = "202 with Location. The dataset (docs/rules-authoring.md, \"Backtest datasets\": the lead's "
                    + "members, attributes, activities in the scenario notation, createdAt, the outcome) is checked "
                    + "first: a file that is not one is a 400 naming lines and columns, and nothing is queued. Rows "
                    + "with a bad cell are left out and counted in the report. The cut-off comes as query parameters.")
    @PostMapping(path = "/api/v1/rulesets/{id}/backtest", consumes = BacktestDatasetBodyLimit.CSV,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Backtest> overDataset(@PathVariable("id") String versionId,
                                         @RequestParam(name = "cutoffDays", required = false) Integer cutoffDays,
                                         @RequestParam(name = "cutoffAt", required = false) Instant cutoffAt,
                                         @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query,
                                         InputStream body) {
        CutoffCheck.checkQuery(query);
        return accepted(backtests.overDataset(versionId, new BacktestRequest(cutoffDays, cutoffAt), body));
    }

    @ApiResponse(responseCode = "200", description = "The backtest")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getBacktest", summary = "A backtest's state, progress and, once done, its report")
    @GetMapping(path = "/api/v1/backtests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Backtest backtest(@PathVariable("id") String pathId) {
        return backtests.find(PathIds.parse(pathId, BacktestProblem.BACKTEST_NOT_FOUND, "backtest",
                "as POST /api/v1/rulesets/{id}/backtest answers them"));
    }

    @ApiResponse(responseCode = "200", description = "The backtest, now CANCELLED")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @Operation(operationId = "cancelBacktest", summary = "Cancel a queued or running backtest",
            description = "200 with the backtest as it now stands: CANCELLED, without a report (a running one stops "
                    + "after the page it is scoring). 409 /problems/job-already-finished when it had already ended.")
    @PostMapping(path = "/api/v1/backtests/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    Backtest cancel(@PathVariable("id") String pathId) {
        return backtests.cancel(PathIds.parse(pathId, BacktestProblem.BACKTEST_NOT_FOUND, "backtest",
                "as POST /api/v1/rulesets/{id}/backtest answers them"));
    }

    @ApiResponse(responseCode = "200", description = "The newest backtests")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "listVersionBacktests", summary = "A rule version's backtests, newest first (the 20 newest)")
    @GetMapping(path = "/api/v1/rulesets/{id}/backtests", produces = MediaType.APPLICATION_JSON_VALUE)
    Backtests.Listed ofVersion(@PathVariable("id") String versionId) {
        return backtests.ofVersion(versionId, LISTED);
    }

    static ResponseEntity<Backtest> accepted(Backtest job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/backtests/" + job.id())).body(job);
    }
}
