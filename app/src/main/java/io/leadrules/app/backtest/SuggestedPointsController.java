package io.leadrules.app.backtest;

import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.openapi.ApiProblems;
import io.leadrules.rules.backtest.suggest.FitFacts;
import io.leadrules.rules.backtest.suggest.SuggestedValue;
import io.leadrules.rules.backtest.suggest.UnchangedRow;
import io.leadrules.rules.diff.RuleSetDiff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggested points from a backtest: as JSON to read (each changed cell with its current and suggested value, the rows
 * left alone and why, the fit), and as a zip of the version's files with the values written in, to upload as a draft.
 */
@RestController
@Tag(name = "Backtests")
class SuggestedPointsController {

    static final String ZIP = "application/zip";

    private final BacktestSuggestions suggestions;

    SuggestedPointsController(BacktestSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @ApiResponse(responseCode = "200", description = "The suggested points")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @Operation(operationId = "getSuggestedPoints", summary = "Points a regression on a finished backtest suggests for its version",
            description = "Each changed cell (file, sheet, cell, current and suggested value), the rows left as they "
                    + "are with the reason, the fit's facts, and the diff against the version. Nothing is stored.")
    @GetMapping(path = "/api/v1/backtests/{id}/suggested-points", produces = MediaType.APPLICATION_JSON_VALUE)
    SuggestedPointsView view(@PathVariable("id") String pathId) {
        BacktestSuggestions.Suggested suggested = suggestions.of(id(pathId));
        var suggestion = suggested.suggestion();
        return new SuggestedPointsView(suggested.backtest().id(), suggested.backtest().rulesetVersion(),
                suggestion.fit(), suggestion.changes(), suggestion.unchanged(), suggestion.diff().summary(),
                suggestion.diff());
    }

    @ApiResponse(responseCode = "200", description = "A zip of the rule files")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @Operation(operationId = "downloadSuggestedWorkbooks", summary = "The version's files with the suggested points written in, as a zip to upload as a draft",
            description = "Also holds suggested-points.csv and changes.txt. Upload the workbooks as a new version "
                    + "based on the backtested one, then accept the new scenario results before activating.")
    @GetMapping(path = "/api/v1/backtests/{id}/suggested-points/workbooks", produces = ZIP)
    ResponseEntity<byte[]> workbooks(@PathVariable("id") String pathId) {
        BacktestSuggestions.Suggested suggested = suggestions.of(id(pathId));
        String name = "suggested-points-version-" + suggested.backtest().rulesetVersion() + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ZIP))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(suggested.suggestion().zip());
    }

    private static UUID id(String pathId) {
        return PathIds.parse(pathId, BacktestProblem.BACKTEST_NOT_FOUND, "backtest",
                "as POST /api/v1/rulesets/{id}/backtest answers them");
    }

    /**
     * Suggested points as the API shows them.
     *
     * @param changes   the cells whose value the suggestion changes
     * @param unchanged the rows it leaves as they are, each with the reason
     * @param summary   the diff in a sentence
     */
    record SuggestedPointsView(UUID backtestId, String rulesetVersion, FitFacts fit, List<SuggestedValue> changes,
                               List<UnchangedRow> unchanged, String summary, RuleSetDiff diff) {
    }
}
