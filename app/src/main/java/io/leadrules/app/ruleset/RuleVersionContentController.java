package io.leadrules.app.ruleset;

import io.leadrules.app.system.openapi.ApiProblems;
import io.leadrules.rules.engine.RuleFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a rule version holds: its files (the exact bytes uploaded), its rules, and how it differs from another. */
@RestController
@Tag(name = "Rule versions")
class RuleVersionContentController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RuleVersionQueries queries;
    private final RuleVersionReview reviews;

    RuleVersionContentController(RuleVersionQueries queries, RuleVersionReview reviews) {
        this.queries = queries;
        this.reviews = reviews;
    }

    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "downloadRuleFile", summary = "Download one file of a version, exactly the bytes uploaded")
    @GetMapping(path = "/api/v1/rulesets/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable("id") String id, @PathVariable("name") String name) {
        return attachment(queries.file(id, name));
    }

    /** The file as a download under its own name, typed by its ending. */
    static ResponseEntity<byte[]> attachment(RuleFile file) {
        return ResponseEntity.ok().contentType(mediaType(file.name()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @ApiResponse(responseCode = "200", description = "The rules")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "listVersionRules", summary = "Every rule of a version: id, reason, dimension, and the cell or line it is written at")
    @GetMapping(path = "/api/v1/rulesets/{id}/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    VersionRules rules(@PathVariable("id") String id) {
        RuleVersionRecord version = queries.existing(id);
        try (RuleSetLease lease = queries.lease(version)) {
            return new VersionRules(version.versionId(), lease.rules().activityTypes(),
                    lease.rules().catalog().rules().stream().map(RuleView::of).toList());
        }
    }

    @ApiResponse(responseCode = "200", description = "The differences")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "diffRuleVersions", summary = "What changed from another version",
            description = "Per decision table: rows added, removed and changed by Rule ID, with old and new cell "
                    + "values; per DRL or CSV file: a unified diff. 'against' defaults to the version it was based on.")
    @GetMapping(path = "/api/v1/rulesets/{id}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleVersionQueries.VersionDiff diff(@PathVariable("id") String id,
                                        @RequestParam(name = "against", required = false) String against) {
        return queries.diff(id, against);
    }

    @ApiResponse(responseCode = "200", description = "The review")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "reviewRuleVersion", summary = "What an approver reads before activating: the version against the live one",
            description = "The diff against the live version (rules, tables and scenario files), each scenario file "
                    + "added, removed or changed with its SHA-256 before and after, the last scenario report, the "
                    + "uploader, the base and live versions and whether the base is stale. Its ETag, sent as "
                    + "If-Match with the activation, makes the activation approve exactly this comparison.")
    @GetMapping(path = "/api/v1/rulesets/{id}/review", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleVersionReview.Review> review(@PathVariable("id") String id) {
        RuleVersionReview.Reviewed reviewed = reviews.review(id);
        return ResponseEntity.ok().eTag(reviewed.etag()).body(reviewed.review());
    }

    static MediaType mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return XLSX;
        }
        if (lower.endsWith(".csv")) {
            return new MediaType("text", "csv", StandardCharsets.UTF_8);
        }
        return new MediaType("text", "plain", StandardCharsets.UTF_8);
    }

    /** The rules of a version, and the activity types it gives points to. */
    record VersionRules(String rulesetVersion, List<String> activityTypes, List<RuleView> rules) {
    }
}
