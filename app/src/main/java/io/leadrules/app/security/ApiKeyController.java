package io.leadrules.app.security;

import io.leadrules.app.security.ApiKeyRequests.CreatedApiKey;
import io.leadrules.app.security.ApiKeyRequests.NewApiKey;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API keys for machine clients (ADMIN only, see {@link EndpointRoles}). */
@RestController
@Tag(name = "API keys", description = "Credentials for services: create, list and revoke keys (ADMIN)")
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiKeyController {

    private final ApiKeyAdministration administration;

    ApiKeyController(ApiKeyAdministration administration) {
        this.administration = administration;
    }

    @ApiResponse(responseCode = "201", description = "The key, shown once")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "createApiKey", summary = "Create a key for a user, with a subset of its roles and an optional expiry",
            description = "Answers the key itself, once, in 'key': send it as 'Authorization: Bearer <key>'. The "
                    + "service keeps only its SHA-256. 400 /problems/invalid-api-key-request names a role the user "
                    + "does not hold.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedApiKey> create(@RequestBody NewApiKey request) {
        CreatedApiKey created = administration.create(request);
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + created.id())).body(created);
    }

    @ApiResponse(responseCode = "200", description = "The keys")
    @Operation(operationId = "listApiKeys", summary = "Every key, without its secret: owner, prefix, roles, label, expiry, revocation")
    @GetMapping
    List<ApiKeyView> list() {
        return administration.all();
    }

    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key: it stops working with the next request")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable("id") long id) {
        administration.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
