package io.leadrules.app.erasure;

import io.leadrules.app.lead.LeadIds;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/v1/leads/{id}}: the person's right to be forgotten. */
@RestController
@Tag(name = "Leads")
class ErasureController {

    private final LeadErasure erasure;

    ErasureController(LeadErasure erasure) {
        this.erasure = erasure;
    }

    @ApiResponse(responseCode = "204", description = "Erased")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "410", ref = ApiProblems.GONE)
    @Operation(operationId = "eraseLead", summary = "Erase a lead (the person asked to be forgotten)",
            description = "204. Identifying members, activity details and the personal data in every decision are "
                    + "removed; scores and rules fired stay. Afterwards the lead answers 410; erasing again is 410.")
    @DeleteMapping("/api/v1/leads/{id}")
    ResponseEntity<Void> erase(@PathVariable("id") String pathId) {
        UUID id = LeadIds.parse(pathId);
        erasure.erase(id);
        return ResponseEntity.noContent().build();
    }
}
