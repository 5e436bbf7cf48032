package io.leadrules.app.scoring;

import io.leadrules.app.decision.ReasonLanguage;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/scores}: one lead in, its score and the rules that explain it out. */
@RestController
@Tag(name = "Scoring")
class ScoringController {

    private final LeadScoring scoring;
    private final ScoringSettings settings;
    private final ReasonLanguage reasons;

    ScoringController(LeadScoring scoring, ScoringSettings settings, ReasonLanguage reasons) {
        this.scoring = scoring;
        this.settings = settings;
        this.reasons = reasons;
    }

    @ApiResponse(responseCode = "200", description = "The decision")
    @ApiResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "scoreLead", summary = "Score one lead",
            description = "Evaluates the lead and its activities with the active rule set at asOf (default: now), "
                    + "or with the stored version ?version= names (drafts included; RULE_EDITOR or RULE_DEVELOPER); "
                    + "rulesetStatus says which. Nothing is stored. Errors are application/problem+json; see "
                    + "docs/api.md.")
    @PostMapping(path = "/api/v1/scores", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ScoreResponse score(@Valid @RequestBody ScoreRequest request,
                        @Parameter(description = "A stored rule version's id, to score with it instead of the active one")
                        @RequestParam(name = "version", required = false) String version) {
        if (request.activityCount() > settings.maxActivities()) {
            throw new TooManyActivitiesException(request.activityCount(), settings.maxActivities());
        }
        return reasons.shown(scoring.score(request, version));
    }
}
