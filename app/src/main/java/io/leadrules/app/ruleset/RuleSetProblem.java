package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of rule versions: finding them and their files, the upload form, compiling, and their scenarios. Slugs,
 * statuses and texts are part of the API: clients switch on the {@code type}.
 */
public enum RuleSetProblem implements ProblemType {

    RULESET_VERSION_UNAVAILABLE("ruleset-version-unavailable", HttpStatus.CONFLICT),
    RULESET_NOT_FOUND("ruleset-not-found", HttpStatus.NOT_FOUND),
    RULE_FILE_NOT_FOUND("rule-file-not-found", HttpStatus.NOT_FOUND),
    INVALID_RULESET_UPLOAD("invalid-ruleset-upload", HttpStatus.BAD_REQUEST),
    RULESET_INVALID("ruleset-invalid", HttpStatus.UNPROCESSABLE_CONTENT),
    SCENARIOS_FAILED("scenarios-failed", HttpStatus.CONFLICT),
    SCENARIO_FILE_NOT_FOUND("scenario-file-not-found", HttpStatus.NOT_FOUND),
    NO_SCENARIOS("no-scenarios", HttpStatus.NOT_FOUND),
    // approval: four eyes, no lost updates, deleting drafts
    FOUR_EYES_REQUIRED("four-eyes-required", HttpStatus.FORBIDDEN),
    STALE_BASE("stale-base", HttpStatus.CONFLICT),
    PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED),
    DEVELOPER_ROLE_REQUIRED("developer-role-required", HttpStatus.FORBIDDEN),
    RULESET_NOT_DELETABLE("ruleset-not-deletable", HttpStatus.CONFLICT),
    // activations across instances (ADR 0038)
    ACTIVATION_PENDING("activation-pending", HttpStatus.CONFLICT),
    NO_PENDING_ACTIVATION("no-pending-activation", HttpStatus.CONFLICT);

    private final String slug;
    private final HttpStatus status;

    RuleSetProblem(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<RuleSetProblem> problemTypes() {
            return List.of(values());
        }
    }
}
