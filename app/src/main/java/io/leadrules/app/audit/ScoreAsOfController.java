package io.leadrules.app.audit;

import io.leadrules.app.decision.DecisionSchema;
import io.leadrules.app.lead.LeadIds;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/v1/leads/{id}/score?asOf=...}: what a stored lead's score was at a past instant. */
@RestController
@Tag(name = "Decisions")
class ScoreAsOfController {

    private final ScoreAsOf scores;
    private final Clock clock;

    ScoreAsOfController(ScoreAsOf scores, Clock clock) {
        this.scores = scores;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "200", description = "The score as of the instant",
            content = @Content(schema = @Schema(ref = DecisionSchema.SCORE_AS_OF)))
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "410", ref = ApiProblems.GONE)
    @Operation(operationId = "getScoreAsOf", summary = "A lead's score as of a past instant",
            description = "The profile the last decision made by asOf saw, the activities known by asOf, the rule "
                    + "version live at asOf. asOf is required, an ISO-8601 instant, not in the future. Writes nothing.")
    @GetMapping(path = "/api/v1/leads/{id}/score", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode score(@PathVariable("id") String pathId, @Parameter(description = "An ISO-8601 instant, not in the future",
                             required = true, schema = @Schema(type = "string", format = "date-time"))
                     @RequestParam(required = false) String asOf) {
        UUID id = LeadIds.parse(pathId);
        Instant instant = QueryParameters.instant("asOf", asOf);
        Instant now = clock.instant();
        if (instant.isAfter(now)) {
            throw QueryParameters.invalid("asOf", "must not be in the future: it is "
                    + now.truncatedTo(ChronoUnit.SECONDS) + " now, not " + asOf);
        }
        return scores.at(id, instant);
    }
}
