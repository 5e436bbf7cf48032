package io.leadrules.app.lead.outcome;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of outcomes from a CRM export: CSV with a header row, or NDJSON, UTF-8, read as a stream under its own
 * body limit ({@link OutcomeImportBodyLimit}).
 */
@RestController
@Tag(name = "Leads")
class OutcomeImportController {

    private final OutcomeImporting importing;
    private final JsonMapper json;

    OutcomeImportController(OutcomeImporting importing, JsonMapper json) {
        this.importing = importing;
        this.json = json;
    }

    @ApiResponse(responseCode = "200", description = "Counts of stored and rejected rows")
    @RequestBody(required = true, description = "Outcome rows: CSV with a header row, or NDJSON", content = {
            @Content(mediaType = OutcomeImportBodyLimit.CSV, schema = @Schema(type = "string")),
            @Content(mediaType = OutcomeImportBodyLimit.NDJSON, schema = @Schema(type = "string"))})
    @Operation(operationId = "importOutcomes", summary = "Import outcomes from CSV (a header row) with columns leadId or externalId, outcome, "
            + "occurredAt, amount, currency",
            description = "Stored 500 rows to a transaction. Rows for unknown or erased leads, or that are not "
                    + "outcomes, are rejected rows: counted and listed (the first 100), not a failed import.")
    @PostMapping(path = OutcomeImportBodyLimit.PATH, consumes = OutcomeImportBodyLimit.CSV,
            produces = MediaType.APPLICATION_JSON_VALUE)
    OutcomesImported csv(InputStream body) {
        return importing.run(CsvOutcomeRows.open(utf8(body)));
    }

    @ApiResponse(responseCode = "200", description = "Counts of stored and rejected rows")
    @Operation(operationId = "importOutcomes", summary = "Import outcomes from NDJSON: one object per line with the members of the CSV's columns")
    @PostMapping(path = OutcomeImportBodyLimit.PATH, consumes = OutcomeImportBodyLimit.NDJSON,
            produces = MediaType.APPLICATION_JSON_VALUE)
    OutcomesImported ndjson(InputStream body) {
        return importing.run(new NdjsonOutcomeRows(utf8(body), json));
    }

    private static BufferedReader utf8(InputStream body) {
        return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }
}
