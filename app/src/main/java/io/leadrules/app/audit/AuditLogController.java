package io.leadrules.app.audit;

import io.leadrules.app.system.Cursor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log and its verification. Errors are problems; see docs/api.md. */
@RestController
@Tag(name = "Audit log")
class AuditLogController {

    private final AuditEvents events;
    private final AuditVerification verification;

    AuditLogController(AuditEvents events, AuditVerification verification) {
        this.events = events;
        this.verification = verification;
    }

    @ApiResponse(responseCode = "200", description = "A page of entries")
    @Operation(operationId = "listAuditEvents", summary = "Audit entries, in the order they were written",
            description = "Filters: subject (an id), actor, action, from (inclusive) and to (exclusive) as ISO-8601 "
                    + "instants; page from 0 (default 0), size 1-200 (default 20). next (and Link rel=next) is the "
                    + "following page by cursor, which neither skips nor repeats entries while the log grows; "
                    + "cursor and page exclude each other.")
    @GetMapping(path = "/api/v1/audit/events", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditEventPage events(@RequestParam(required = false) String subject,
                          @RequestParam(required = false) String actor,
                          @RequestParam(required = false) String action,
                          @Parameter(schema = @Schema(type = "string", format = "date-time"))
                          @RequestParam(required = false) String from,
                          @Parameter(schema = @Schema(type = "string", format = "date-time"))
                          @RequestParam(required = false) String to,
                          @Parameter(schema = @Schema(type = "integer", minimum = "0"))
                          @RequestParam(required = false) String page,
                          @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
                          @RequestParam(required = false) String size,
                          @Parameter(description = "The cursor of the next page (a list's next member)")
                          @RequestParam(required = false) String cursor, HttpServletRequest request,
                          HttpServletResponse response) {
        AuditEvents.Filter filter = new AuditEvents.Filter(subject, actor, AuditEvents.Filter.action(action),
                from == null ? null : QueryParameters.instant("from", from),
                to == null ? null : QueryParameters.instant("to", to));
        Cursor.notWithPage(cursor, page);
        Long after = cursor == null ? null : Cursor.read(AuditEvents.LIST, 1, cursor).whole(0);
        AuditEvents.Paged paged = events.page(filter, QueryParameters.page(page), after, QueryParameters.size(size));
        return paged.page().withNext(Cursor.next(request, response, paged.next()));
    }

    @ApiResponse(responseCode = "200", description = "The verification")
    @Operation(operationId = "verifyAuditTrail", summary = "Check the audit trail and every record it covers",
            description = "Seals the waiting entries, then checks the chain of blocks (entries, Merkle roots, "
                    + "signatures, the head file), every decision record and every rule file against their digests. "
                    + "{\"valid\": true, \"checked\": N}, or valid false with firstMismatch {record, id, reason}.")
    @GetMapping(path = "/api/v1/audit/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    Verification verify() {
        return verification.verify();
    }
}
