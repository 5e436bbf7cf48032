package io.leadrules.app.lead.imports;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Storing leads in bulk: an NDJSON file of {@code POST /api/v1/leads} bodies, or a CSV of leads, stored by a job. */
@RestController
@Tag(name = "Leads")
class LeadImportController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final String JOBS = "/api/v1/lead-imports";
    private static final int MAX_SIZE = 200;
    private static final String IDS = "as POST /api/v1/scores/batch?store=true answers them";

    private final LeadImports imports;

    LeadImportController(LeadImports imports) {
        this.imports = imports;
    }

    @ApiResponse(responseCode = "202", description = "With store=true: the lead import, queued; Location names it")
    @Operation(operationId = "scoreBatch", summary = "Store many leads as a job (NDJSON, one POST /api/v1/leads body per line)",
            description = "202 with Location once the file is on disk and the job queued. Each line is stored as POST "
                    + "/api/v1/leads would store it (same person updated, activities once, a first decision); a line "
                    + "that endpoint would refuse is counted with its problems and never stops the job. Needs the "
                    + "SCORER role (403 /problems/lead-import-not-allowed otherwise).")
    @PostMapping(path = LeadImportBodyLimit.PATH, params = "store=true", consumes = NDJSON,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LeadImport> start(InputStream body) {
        return accepted(imports.start(body, ImportFormat.NDJSON));
    }

    @ApiResponse(responseCode = "202", description = "With store=true: the lead import, queued; Location names it")
    @Operation(operationId = "scoreBatch", summary = "Store many leads as a job (CSV, the columns of bulk scoring's CSV)",
            description = "As the NDJSON import, each row standing for the POST /api/v1/leads body it describes; "
                    + "activity ids are TYPE@instant (#2, #3 for repeats in a row), so a re-import stores none twice. "
                    + "400 /problems/lead-import-invalid-file, nothing queued, when line 1 cannot be used.")
    @PostMapping(path = LeadImportBodyLimit.PATH, params = "store=true", consumes = CSV,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LeadImport> startCsv(InputStream body) {
        return accepted(imports.start(body, ImportFormat.CSV));
    }

    private static ResponseEntity<LeadImport> accepted(LeadImport job) {
        return ResponseEntity.accepted().location(URI.create(JOBS + "/" + job.id())).body(job);
    }

    @ApiResponse(responseCode = "200", description = "The import")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getLeadImport", summary = "A lead import's state and progress, with the first 100 problems of refused lines")
    @GetMapping(path = JOBS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    LeadImport find(@PathVariable("id") String id) {
        return imports.find(PathIds.parse(id, LeadImportProblem.IMPORT_NOT_FOUND, "lead import", IDS));
    }

    @ApiResponse(responseCode = "200", description = "A page of imports")
    @Operation(operationId = "listLeadImports", summary = "The lead imports, newest first, a page at a time (page from 0, size up to 200)")
    @GetMapping(path = JOBS, produces = MediaType.APPLICATION_JSON_VALUE)
    LeadImports.Listed list(@RequestParam(name = "page", defaultValue = "0") int page,
                            @RequestParam(name = "size", defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(SystemProblem.INVALID_QUERY, "page must be 0 or more and size from 1 to "
                    + MAX_SIZE + ", not " + page + " and " + size + ".").with("errors", List.of(
                    new FieldProblem(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more"
                            : "must be from 1 to " + MAX_SIZE)));
        }
        return imports.page(page, size);
    }

    @ApiResponse(responseCode = "200", description = "The import, now CANCELLED")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @Operation(operationId = "cancelLeadImport", summary = "Cancel a queued or running lead import",
            description = "200 with the import as it now stands: CANCELLED; the leads already stored stay. 409 "
                    + "/problems/job-already-finished when it had already ended.")
    @PostMapping(path = JOBS + "/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    LeadImport cancel(@PathVariable("id") String id) {
        return imports.cancel(PathIds.parse(id, LeadImportProblem.IMPORT_NOT_FOUND, "lead import", IDS));
    }
}
