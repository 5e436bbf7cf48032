package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of rule versions: finding them and their files, the upload form, compiling, and their scenarios. Slugs,
 * statuses and texts are part of the API: clients switch on the {@code type}.
 */
public enum RuleSetProblem implements ProblemType {

    RULESET_VERSION_UNAVAILABLE("ruleset-version-unavailable", HttpStatus.CONFLICT,
            "The rule version is not available",
            "The rule version this needs (for instance the version a decision was made with) is not known to the "
                    + "service, or its files changed since.",
            "Nothing to change in the request; the detail names the version."),
    RULESET_NOT_FOUND("ruleset-not-found", HttpStatus.NOT_FOUND, "No such rule version",
            "No rule version has this id. Rule version ids are 1, 2, 3, ... as GET /api/v1/rulesets lists them.",
            "Check the id against GET /api/v1/rulesets."),
    RULE_FILE_NOT_FOUND("rule-file-not-found", HttpStatus.NOT_FOUND, "The rule version has no such file",
            "The rule version exists but holds no file of this name. Names match exactly, case included.",
            "Take the name from the version's files (GET /api/v1/rulesets/{id})."),
    INVALID_RULESET_UPLOAD("invalid-ruleset-upload", HttpStatus.BAD_REQUEST, "The upload is not valid",
            "The multipart upload has no file, or a form field (label, basedOn) has a value the service does not "
                    + "accept, or it names an author: the uploader recorded is the authenticated principal.",
            "Fix the field named in errors: send at least one file part named 'files', a label of at most 200 "
                    + "characters, basedOn as the id of a stored version, and no author field."),
    RULESET_INVALID("ruleset-invalid", HttpStatus.UNPROCESSABLE_CONTENT, "The rule set does not compile",
            "A decision table, DRL file or scenario file of the new version has a mistake: a cell that is not a "
                    + "number, a missing column or sheet, a DRL syntax error, a Rule ID used twice, or code a rule "
                    + "may not run. Nothing was stored and the live rules did not change.",
            "Fix every entry of cells (file, sheet and cell, or file and line, with what is wrong) and upload "
                    + "again."),
    SCENARIOS_FAILED("scenarios-failed", HttpStatus.CONFLICT, "Scenarios fail: the version was not activated",
            "Activating a rule version runs its scenario files first; at least one scenario does not give what it "
                    + "expects, so the version did not go live and the live rules did not change.",
            "Read failures (file, row, expected against actual), fix the rules or the scenario, upload the fix as "
                    + "a new version and activate that."),
    SCENARIO_FILE_NOT_FOUND("scenario-file-not-found", HttpStatus.NOT_FOUND,
            "The rule version has no such scenario file",
            "The rule version exists but holds no scenario file (.scenarios.csv or .scenarios.xlsx) of this name. "
                    + "Names match exactly, case included.",
            "Take the name from the version's files (GET /api/v1/rulesets/{id}); the detail lists its scenario "
                    + "files."),
    NO_SCENARIOS("no-scenarios", HttpStatus.NOT_FOUND, "The rule version has no scenarios",
            "Accepting a version's scenario results rewrites its scenario files, and this version has none: there "
                    + "is nothing to accept. Nothing was stored.",
            "Upload a .scenarios.csv or .scenarios.xlsx file with the version's changes, or accept the results of "
                    + "a version that has scenarios."),
    // approval: four eyes, no lost updates, deleting drafts
    FOUR_EYES_REQUIRED("four-eyes-required", HttpStatus.FORBIDDEN, "Someone else must approve this rule version",
            "Four eyes are on (leadrules.rules.four-eyes): a rule version cannot be made live, published or rolled "
                    + "back to, by the person who uploaded it. Nothing changed.",
            "Ask another rule editor to review it (GET /api/v1/rulesets/{id}/review) and activate it; the detail "
                    + "and uploadedBy name the uploader."),
    STALE_BASE("stale-base", HttpStatus.CONFLICT, "The draft starts from a version that is no longer live",
            "The draft was based on a version that has since been replaced as the live one, so activating it would "
                    + "silently drop the live version's changes; or replaces= named a version that is not live. "
                    + "Nothing changed.",
            "Compare the draft with the live version (GET /api/v1/rulesets/{id}/review), then upload the change "
                    + "again on the live version (basedOn), or activate with ?replaces=<live id> to replace it on "
                    + "purpose. basedOn and liveVersion name both versions."),
    PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED,
            "The rule version changed since it was read",
            "The request carried If-Match with an ETag that is not the version's current one (nor that of its "
                    + "current review): its status or approval changed, or the live version it was reviewed against "
                    + "did. Nothing changed.",
            "Read the version (GET /api/v1/rulesets/{id}) or its review again, check what changed, and send the "
                    + "new ETag."),
    DEVELOPER_ROLE_REQUIRED("developer-role-required", HttpStatus.FORBIDDEN,
            "Only a rule developer may upload rule code",
            "The upload holds a DRL file that is new or changed, or a decision table outside the shipped table "
                    + "kinds: code rather than table values. That needs the RULE_DEVELOPER role. Nothing was stored.",
            "Change only the values of the shipped tables, or ask a rule developer to upload it; files names each "
                    + "file that needs the role."),
    RULESET_NOT_DELETABLE("ruleset-not-deletable", HttpStatus.CONFLICT, "The rule version cannot be deleted",
            "Only a draft that was never live can be deleted: an active or retired version made decisions that "
                    + "must stay replayable, and a draft another version was based on is that version's history.",
            "Nothing to delete; the detail and versionStatus name the version's status, or basedOnIt the versions "
                    + "based on it.");

    private final ProblemText text;

    RuleSetProblem(String slug, HttpStatus status, String title, String when, String fix) {
        this.text = new ProblemText(slug, status, title, when, fix);
    }

    @Override
    public ProblemText text() {
        return text;
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
