package io.leadrules.app.audit;

import io.leadrules.app.decision.DecisionSchema;
import io.leadrules.app.lead.LeadIds;
import io.leadrules.app.system.CsvRows;
import io.leadrules.app.system.Cursor;
import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** The decision records: a lead's history, one decision, and its replay. Errors are problems; see docs/api.md. */
@RestController
@Tag(name = "Decisions")
class DecisionController {

    private final DecisionHistory history;
    private final DecisionReplay replays;
    private final DecisionCsv csv;

    DecisionController(DecisionHistory history, DecisionReplay replays, DecisionCsv csv) {
        this.history = history;
        this.replays = replays;
        this.csv = csv;
    }

    @ApiResponse(responseCode = "200", description = "A page of decisions",
            content = @Content(schema = @Schema(ref = DecisionSchema.DECISION_PAGE)))
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "listLeadDecisions", summary = "A lead's decisions, newest first",
            description = "page from 0 (default 0), size 1-200 (default 20). Served for erased leads too, "
                    + "pseudonymised. next (and Link rel=next) is the following page by cursor, which neither skips "
                    + "nor repeats decisions while new ones are made; cursor and page exclude each other.")
    @GetMapping(path = "/api/v1/leads/{id}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    DecisionPage ofLead(@PathVariable("id") String pathId,
                        @Parameter(description = "From 0 (default 0)", schema = @Schema(type = "integer", minimum = "0"))
                        @RequestParam(required = false) String page,
                        @Parameter(description = "1 to 200 (default 20)",
                                schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
                        @RequestParam(required = false) String size,
                        @Parameter(description = "The cursor of the next page (a page's next member)")
                        @RequestParam(required = false) String cursor,
                        HttpServletRequest request, HttpServletResponse response) {
        UUID id = LeadIds.parse(pathId);
        Cursor.notWithPage(cursor, page);
        Long before = cursor == null ? null : Cursor.read(DecisionHistory.LIST, 1, cursor).whole(0);
        DecisionHistory.Paged paged = history.ofLead(id, QueryParameters.page(page), before,
                QueryParameters.size(size));
        return paged.page().withNext(Cursor.next(request, response, paged.next()));
    }

    @Operation(summary = "A lead's decisions as CSV, newest first, streamed",
            description = "With Accept: text/csv: every decision of the lead unless page or size is given (then that "
                    + "page). Columns (header row): id, leadId, sequenceNumber, decidedAt, asOf, rulesetVersion, "
                    + "score, stage, temperature.")
    @ApiResponse(responseCode = "200", description = "The decisions as CSV",
            content = @Content(mediaType = CsvRows.TEXT_CSV, schema = @Schema(type = "string")))
    @GetMapping(path = "/api/v1/leads/{id}/decisions", produces = CsvRows.TEXT_CSV)
    void ofLeadAsCsv(@PathVariable("id") String pathId,
                     @Parameter(description = "From 0 (default 0)", schema = @Schema(type = "integer", minimum = "0"))
                     @RequestParam(required = false) String page,
                     @Parameter(description = "1 to 200 (default 20)",
                             schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
                     @RequestParam(required = false) String size, HttpServletResponse response) throws IOException {
        UUID id = LeadIds.parse(pathId);
        Integer pageNumber = page == null && size == null ? null : QueryParameters.page(page);
        int pageSize = QueryParameters.size(size);
        response.setContentType(CsvRows.TEXT_CSV + ";charset=UTF-8");
        csv.write(id, pageNumber, pageSize, response.getOutputStream());
    }

    @ApiResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(ref = DecisionSchema.DECISION)))
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getDecision", summary = "One decision: the scoring response as recorded, with id, leadId and decidedAt")
    @GetMapping(path = "/api/v1/decisions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode one(@PathVariable("id") String pathId) {
        UUID id = decisionId(pathId);
        return history.one(id);
    }

    @ApiResponse(responseCode = "200", description = "The comparison")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @Operation(operationId = "replayDecision", summary = "Re-run a decision with its stored input and rule version, and compare",
            description = "Writes nothing. 409 when the rule version (or its files) is no longer available.")
    @PostMapping(path = "/api/v1/decisions/{id}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    ReplayResult replay(@PathVariable("id") String pathId) {
        UUID id = decisionId(pathId);
        return replays.replay(id);
    }

    private static UUID decisionId(String pathId) {
        return PathIds.parse(pathId, AuditProblem.DECISION_NOT_FOUND, "decision", "as a lead's decisions list them");
    }
}
