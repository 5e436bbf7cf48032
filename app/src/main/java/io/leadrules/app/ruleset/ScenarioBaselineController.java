package io.leadrules.app.ruleset;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.app.system.openapi.ApiProblems;
import io.leadrules.rules.scenario.ScenarioRebaseline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scenario results after an intentional change: download them as a scenario file to review, or accept them. */
@RestController
@Tag(name = "Rule versions")
class ScenarioBaselineController {

    private final ScenarioBaselines baselines;
    private final RuleVersionQueries queries;
    private final RuleVersionViews views;

    ScenarioBaselineController(ScenarioBaselines baselines, RuleVersionQueries queries, RuleVersionViews views) {
        this.baselines = baselines;
        this.queries = queries;
        this.views = views;
    }

    @ApiResponse(responseCode = "200", description = "The scenario file")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @Operation(operationId = "downloadActualScenarios", summary = "Download a scenario file with the version's actual results as its expectations",
            description = "The file as uploaded (a CSV with the same separator, byte order mark and line ends; an "
                    + "XLSX with only the expectation cells changed), each failing expectation cell replaced by what "
                    + "the version gives. mustFire/mustNotFire entries that no longer hold are left out. 404 "
                    + "/problems/scenario-file-not-found when the version has no scenario file of that name.")
    @GetMapping(path = "/api/v1/rulesets/{id}/scenarios/{file}/actual")
    ResponseEntity<byte[]> actual(@PathVariable("id") String id, @PathVariable("file") String file) {
        return RuleVersionContentController.attachment(baselines.actual(id, file).file());
    }

    @ApiResponse(responseCode = "201", description = "The next draft")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @Operation(operationId = "acceptScenarioResults", summary = "Accept the version's scenario results as the next draft",
            description = "Creates the next DRAFT version: the same rule files, every scenario file re-baselined as "
                    + "the download gives it, checked like any upload. 201 with the version, and per scenario file "
                    + "the cells changed, the mustFire/mustNotFire entries dropped and the rows left as they were. "
                    + "404 /problems/no-scenarios when the version has no scenario file. The uploader is the "
                    + "authenticated principal: an 'author' parameter is a 400.")
    @PostMapping(path = "/api/v1/rulesets/{id}/scenarios/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScenarioAcceptance> accept(@PathVariable("id") String id,
                                              @RequestParam(name = "author", required = false) String author) {
        UploadForm.refuseNamedActor(author, "author", SystemProblem.INVALID_QUERY);
        ScenarioBaselines.Accepted accepted = baselines.accept(id);
        RuleVersionRecord draft = accepted.draft();
        try (RuleSetLease lease = queries.lease(draft)) {
            return ResponseEntity.created(URI.create("/api/v1/rulesets/" + draft.id()))
                    .body(new ScenarioAcceptance(views.withRules(draft, lease.rules()), accepted.files().stream()
                            .map(AcceptedFile::of).toList()));
        }
    }

    /** The new draft, as an upload answers it, with {@code acceptedScenarios}: what changed in each scenario file. */
    record ScenarioAcceptance(@JsonUnwrapped RuleVersionView version, List<AcceptedFile> acceptedScenarios) {
    }

    /**
     * One re-baselined scenario file: the cells changed (cell, column, before, after), the mustFire/mustNotFire
     * entries dropped because they no longer hold, and the rows left as they were because they cannot be run.
     */
    record AcceptedFile(String file, List<ScenarioRebaseline.CellChange> changes,
                        List<ScenarioRebaseline.DroppedExpectation> dropped, List<String> notRebaselined) {

        static AcceptedFile of(ScenarioRebaseline.Rebaselined rebaselined) {
            return new AcceptedFile(rebaselined.file().name(), rebaselined.changes(), rebaselined.dropped(),
                    rebaselined.notRebaselined());
        }
    }
}
