package io.leadrules.app.lead;

import io.leadrules.app.system.CsvRows;
import io.leadrules.app.system.Cursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/leads}: the sales queue, by priority then score unless asked otherwise. */
@RestController
@Tag(name = "Leads")
class SalesQueueController {

    private final LeadQueue queue;

    SalesQueueController(LeadQueue queue) {
        this.queue = queue;
    }

    @ApiResponse(responseCode = "200", description = "A page of leads")
    @Operation(operationId = "listSalesQueue", summary = "The sales queue",
            description = "Leads by their current decision. Without a stage filter, INVALID and DISQUALIFIED leads "
                    + "are left out; erased leads always are. Filters take one value, several comma-separated, or the "
                    + "parameter repeated.")
    @Parameter(name = "stage", in = ParameterIn.QUERY, description = "SQL, MQL, LEAD, DISQUALIFIED, INVALID",
            schema = @Schema(type = "string"))
    @Parameter(name = "temperature", in = ParameterIn.QUERY, description = "HOT, WARM, COLD",
            schema = @Schema(type = "string"))
    @Parameter(name = "grade", in = ParameterIn.QUERY, description = "A, B, C, D",
            schema = @Schema(type = "string"))
    @Parameter(name = "priority", in = ParameterIn.QUERY, description = "P1, P2, P3, P4",
            schema = @Schema(type = "string"))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in the names, email, company or externalId",
            schema = @Schema(type = "string"))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 0 (default 0)",
            schema = @Schema(type = "integer", minimum = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 200 (default 50)",
            schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "Where the page starts, as next (and Link "
            + "rel=next) of the previous page gives it: pages by cursor never repeat or skip a lead that did not "
            + "move while the queue changes. Not with page.", schema = @Schema(type = "string"))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "priority (default), score, updatedAt, createdAt; a leading - reverses",
            schema = @Schema(type = "string"))
    @GetMapping(path = "/api/v1/leads", produces = MediaType.APPLICATION_JSON_VALUE)
    ResultPage<LeadSummary> queue(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
                                  HttpServletRequest request, HttpServletResponse response) {
        LeadQueue.Paged paged = queue.page(QueueQuery.from(parameters));
        return paged.page().withNext(Cursor.next(request, response, paged.next()));
    }

    @Operation(summary = "The sales queue as CSV, streamed",
            description = "With Accept: text/csv: the same filters and order as the JSON list; every lead of the "
                    + "filtered queue unless page or size is given (then that page). Columns (header row): "
                    + "id, externalId, firstName, lastName, email, company, jobTitle, score, grade, temperature, "
                    + "stage, funnelStage, priority, rulesetVersion, decidedAt, createdAt, updatedAt. A text cell "
                    + "starting with = + - @, a tab or a carriage return is prefixed with ' against formula injection.")
    @ApiResponse(responseCode = "200", description = "The queue as CSV",
            content = @Content(mediaType = CsvRows.TEXT_CSV, schema = @Schema(type = "string")))
    @GetMapping(path = "/api/v1/leads", produces = CsvRows.TEXT_CSV)
    void queueAsCsv(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
                    HttpServletResponse response) throws IOException {
        QueueQuery query = QueueQuery.from(parameters);
        boolean paged = parameters.containsKey("page") || parameters.containsKey("size");
        response.setContentType(CsvRows.TEXT_CSV + ";charset=UTF-8");
        try (CsvRows csv = new CsvRows(response.getOutputStream(), LeadCsv.COLUMNS)) {
            queue.each(query, paged, lead -> csv.row(LeadCsv.cells(lead)));
        }
    }
}
