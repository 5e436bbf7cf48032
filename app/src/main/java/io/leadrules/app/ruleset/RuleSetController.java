package io.leadrules.app.ruleset;

import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rule versions for marketing ops: upload a changed spreadsheet as a new draft, read its validation, test it against
 * its scenarios, publish it, roll back to an earlier one, delete a draft; read any version, its files, rules and
 * differences. Who uploads, approves or deletes is the authenticated principal ({@link CurrentActor}), never a name in
 * the request.
 */
@RestController
@Tag(name = "Rule versions")
class RuleSetController {

    private final RuleVersionUpload upload;
    private final UploadForm form;
    private final RuleVersionTesting testing;
    private final RuleVersionActivation activation;
    private final RuleVersionQueries queries;
    private final RuleVersionViews views;
    private final RuleDraftDeletion deletion;
    private final RuleVersionTags tags;
    private final EffectiveInstant effectiveInstant;
    private final ActivationStatus activationStatus;

    RuleSetController(RuleVersionUpload upload, UploadForm form, RuleVersionTesting testing,
                      RuleVersionActivation activation, RuleVersionQueries queries, RuleVersionViews views,
                      RuleDraftDeletion deletion, RuleVersionTags tags, EffectiveInstant effectiveInstant,
                      ActivationStatus activationStatus) {
        this.effectiveInstant = effectiveInstant;
        this.activationStatus = activationStatus;
        this.upload = upload;
        this.form = form;
        this.testing = testing;
        this.activation = activation;
        this.queries = queries;
        this.views = views;
        this.deletion = deletion;
        this.tags = tags;
    }

    @ApiResponse(responseCode = "201", description = "The new draft; Location names it")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @Operation(operationId = "uploadRuleVersion", summary = "Upload a new draft rule version",
            description = "multipart/form-data: one or more 'files' (.drl, .drl.xlsx, .scenarios.csv, "
                    + ".scenarios.xlsx, or one .zip holding a whole rule set), optional 'label' and 'basedOn' (a "
                    + "version id; default the active one). The uploader is the authenticated principal: an "
                    + "'author' field is a 400. Files replace those of the same name in the base version; new names "
                    + "are added. 201 with the version, its validation report, last test report and rules; 422 "
                    + "/problems/ruleset-invalid with cells when it does not compile; 403 "
                    + "/problems/developer-role-required for a new or changed DRL file or a table outside the "
                    + "shipped kinds without the RULE_DEVELOPER role.")
    @PostMapping(path = "/api/v1/rulesets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleVersionView> upload(@RequestPart(name = "files", required = false) List<MultipartFile> files,
                                           @RequestParam(name = "label", required = false) String label,
                                           @RequestParam(name = "author", required = false) String author,
                                           @RequestParam(name = "basedOn", required = false) String basedOn) {
        UploadForm.refuseNamedActor(author, "author", RuleSetProblem.INVALID_RULESET_UPLOAD);
        RuleVersionRecord version = upload.upload(form.read(files, label, basedOn));
        try (RuleSetLease lease = queries.lease(version)) {
            return ResponseEntity.created(URI.create("/api/v1/rulesets/" + version.id())).eTag(tags.of(version))
                    .body(views.withRules(version, lease.rules()));
        }
    }

    @ApiResponse(responseCode = "200", description = "The versions")
    @Operation(operationId = "listRuleVersions", summary = "Every rule version, newest first")
    @GetMapping(path = "/api/v1/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RuleVersionSummary> list() {
        return queries.all().stream().map(views::summary).toList();
    }

    @ApiResponse(responseCode = "200", description = "The active version")
    @Operation(operationId = "getActiveRuleVersion", summary = "The active rule version")
    @GetMapping(path = "/api/v1/rulesets/active", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleVersionView active() {
        return views.view(queries.active());
    }

    @ApiResponse(responseCode = "200", description = "The version, with its ETag")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getRuleVersion", summary = "One rule version: files with SHA-256, validation report, last test report",
            description = "Its ETag changes whenever its status changes or it is approved; send it as If-Match to "
                    + "activate or delete exactly the version read.")
    @GetMapping(path = "/api/v1/rulesets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleVersionView> version(@PathVariable("id") String id) {
        return tagged(queries.existing(id));
    }

    @ApiResponse(responseCode = "200", description = "The test report")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @Operation(operationId = "testRuleVersion", summary = "Run the version's scenario files",
            description = "Per scenario: pass or fail, expected against actual per checked member, fired rules. "
                    + "Stored as the version's last test report.")
    @PostMapping(path = "/api/v1/rulesets/{id}/test", produces = MediaType.APPLICATION_JSON_VALUE)
    TestReport test(@PathVariable("id") String id) {
        return testing.test(id);
    }

    @ApiResponse(responseCode = "200", description = "The version, now ACTIVE on every ready instance; 'activation' "
            + "says from which instant and which instances are ready")
    @ApiResponse(responseCode = "202", description = "With effectiveAt: the version as it still is, going live at "
            + "activation.effectiveAt; Location is its activation")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "412", ref = ApiProblems.PRECONDITION_FAILED)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @Operation(operationId = "activateRuleVersion", summary = "Make the version live (publish a draft, or roll back to a retired version)",
            description = "The approver is the authenticated principal and, with four eyes on, not the uploader "
                    + "(403 /problems/four-eyes-required). A draft whose base is no longer live is a 409 "
                    + "/problems/stale-base naming both, unless 'replaces' names the live version it replaces on "
                    + "purpose. If-Match (the version's ETag or its review's) must match: 412 "
                    + "/problems/precondition-failed. Runs its scenarios first: 409 /problems/scenarios-failed with "
                    + "the failures, and nothing changes, when one fails. Without 'effectiveAt': with one instance "
                    + "live at once; with several, as soon as every live instance holds the version compiled (at most "
                    + "a few seconds) plus a margin, and the answer (200) comes once that instant has passed. With "
                    + "'effectiveAt' (ISO-8601 with offset, at least the margin and at most max-lead ahead, else 400 "
                    + "/problems/invalid-query naming it): 202 at once, and every instance switches at that instant. "
                    + "One activation at a time: 409 /problems/activation-pending while another waits.")
    @PostMapping(path = "/api/v1/rulesets/{id}/activation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleVersionView> activate(
            @PathVariable("id") String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(name = "replaces", required = false) String replaces,
            @RequestParam(name = "effectiveAt", required = false) String effectiveAt,
            @RequestParam(name = "by", required = false) String by) {
        UploadForm.refuseNamedActor(by, "by", SystemProblem.INVALID_QUERY);
        Instant instant = effectiveInstant.read(effectiveAt);
        RuleVersionRecord version = activation.activate(id, new RuleVersionActivation.Conditions(ifMatch, replaces,
                instant));
        RuleVersionView view = views.withActivation(version, activationStatus.of(version));
        if (instant != null && version.status() != RuleVersionRecord.Status.ACTIVE) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/rulesets/" + version.id() + "/activation"))
                    .eTag(tags.of(version)).body(view);
        }
        return ResponseEntity.ok().eTag(tags.of(version)).body(view);
    }

    @ApiResponse(responseCode = "200", description = "The version's latest activation and the live instances")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @Operation(operationId = "getRuleVersionActivation", summary = "Where the version's activation stands, and which instances are ready",
            description = "state PENDING (waiting for effectiveAt, or for the instances while effectiveAt is null), "
                    + "DONE, CANCELLED, FAILED, or NONE; every live instance with the version it serves, whether it "
                    + "holds this one compiled (ready), and why it is behind when it cannot serve the active one.")
    @GetMapping(path = "/api/v1/rulesets/{id}/activation", produces = MediaType.APPLICATION_JSON_VALUE)
    ActivationView activation(@PathVariable("id") String id) {
        return activationStatus.of(id);
    }

    @ApiResponse(responseCode = "200", description = "The activation, now CANCELLED")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @Operation(operationId = "cancelRuleVersionActivation", summary = "Call off the version's pending activation before its instant",
            description = "Every instance lets go of the version it compiled ahead; nothing else changes. 409 "
                    + "/problems/no-pending-activation when it has none pending, or its instant has come.")
    @DeleteMapping(path = "/api/v1/rulesets/{id}/activation", produces = MediaType.APPLICATION_JSON_VALUE)
    ActivationView callOff(@PathVariable("id") String id) {
        activation.callOff(id);
        return activationStatus.of(id);
    }

    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "412", ref = ApiProblems.PRECONDITION_FAILED)
    @Operation(operationId = "deleteRuleVersion", summary = "Delete a draft that was never live",
            description = "204; its files, reports and simulations go, and its id is never given again. 409 "
                    + "/problems/ruleset-not-deletable for an active or retired version or a draft another version "
                    + "is based on; 412 /problems/precondition-failed when If-Match is not its ETag.")
    @DeleteMapping("/api/v1/rulesets/{id}")
    ResponseEntity<Void> delete(@PathVariable("id") String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        deletion.delete(id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<RuleVersionView> tagged(RuleVersionRecord version) {
        return ResponseEntity.ok().eTag(tags.of(version)).body(views.view(version));
    }
}
