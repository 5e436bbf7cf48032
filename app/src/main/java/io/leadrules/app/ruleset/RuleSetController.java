package io.leadrules.app.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rule versions for marketing ops: upload a changed spreadsheet as a new draft, read its validation, test it against
 * its scenarios, publish it, roll back to an earlier one; read any version, its files, rules and differences.
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

    RuleSetController(RuleVersionUpload upload, UploadForm form, RuleVersionTesting testing,
                      RuleVersionActivation activation, RuleVersionQueries queries, RuleVersionViews views) {
        this.upload = upload;
        this.form = form;
        this.testing = testing;
        this.activation = activation;
        this.queries = queries;
        this.views = views;
    }

    @Operation(summary = "Upload a new draft rule version",
            description = "multipart/form-data: one or more 'files' (.drl, .drl.xlsx, .scenarios.csv, "
                    + ".scenarios.xlsx, or one .zip holding a whole rule set), optional 'label', 'author' and "
                    + "'basedOn' (a version id; default the active one). Files replace those of the same name in the "
                    + "base version; new names are added. 201 with the version, its validation report, last test "
                    + "report and rules; 422 /problems/ruleset-invalid with cells when it does not compile.")
    @PostMapping(path = "/api/v1/rulesets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RuleVersionView> upload(@RequestPart(name = "files", required = false) List<MultipartFile> files,
                                           @RequestParam(name = "label", required = false) String label,
                                           @RequestParam(name = "author", required = false) String author,
                                           @RequestParam(name = "basedOn", required = false) String basedOn) {
        RuleVersionRecord version = upload.upload(form.read(files, label, author, basedOn));
        try (RuleSetLease lease = queries.lease(version)) {
            return ResponseEntity.created(URI.create("/api/v1/rulesets/" + version.id()))
                    .body(views.withRules(version, lease.rules()));
        }
    }

    @Operation(summary = "Every rule version, newest first")
    @GetMapping(path = "/api/v1/rulesets", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RuleVersionSummary> list() {
        return queries.all().stream().map(views::summary).toList();
    }

    @Operation(summary = "The active rule version")
    @GetMapping(path = "/api/v1/rulesets/active", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleVersionView active() {
        return views.view(queries.active());
    }

    @Operation(summary = "One rule version: files with SHA-256, validation report, last test report")
    @GetMapping(path = "/api/v1/rulesets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleVersionView version(@PathVariable("id") String id) {
        return views.view(queries.existing(id));
    }

    @Operation(summary = "Run the version's scenario files",
            description = "Per scenario: pass or fail, expected against actual per checked member, fired rules. "
                    + "Stored as the version's last test report.")
    @PostMapping(path = "/api/v1/rulesets/{id}/test", produces = MediaType.APPLICATION_JSON_VALUE)
    TestReport test(@PathVariable("id") String id) {
        return testing.test(id);
    }

    @Operation(summary = "Make the version live (publish a draft, or roll back to a retired version)",
            description = "Runs its scenarios first: 409 /problems/scenarios-failed with the failures, and nothing "
                    + "changes, when one fails. Optional 'by' names who activates it.")
    @PostMapping(path = "/api/v1/rulesets/{id}/activation", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleVersionView activate(@PathVariable("id") String id, @RequestParam(name = "by", required = false) String by) {
        return views.view(activation.activate(id, UploadForm.activatedBy(by)));
    }
}
