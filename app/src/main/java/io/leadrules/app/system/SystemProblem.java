package io.leadrules.app.system;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of any request, whatever feature answers it: the body cannot be read, the path or method or media type
 * is not served, a query parameter or a validated member is wrong, an evaluation ran away, or the service failed.
 * Framework and container errors get these by their status ({@link ProblemType#forStatus}). Slugs, statuses and texts
 * are part of the API: clients switch on the {@code type}.
 */
public enum SystemProblem implements ProblemType {

    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "The request body is not valid JSON",
            "The body could not be parsed as one JSON object: a syntax error, a duplicated member, something after "
                    + "the object, or no body at all.",
            "Send exactly one well-formed JSON object; the detail gives the line and column of the first error."),
    INVALID_MEMBER_TYPE("invalid-member-type", HttpStatus.BAD_REQUEST, "A member has the wrong type or format",
            "A member holds a value of the wrong JSON type (text where a number belongs, a number where text "
                    + "belongs) or a timestamp that is not an ISO-8601 instant.",
            "Change the member named in errors: numbers unquoted, true/false unquoted, instants as "
                    + "\"2026-11-22T12:00:00Z\"."),
    UNKNOWN_MEMBER("unknown-member", HttpStatus.BAD_REQUEST, "The request has a member the API does not know",
            "A member name is not part of the request format, most often a typo; the service rejects it rather "
                    + "than silently drop the data.",
            "Rename or remove the member named in errors; the detail lists the members allowed there."),
    INVALID_LEAD("invalid-lead", HttpStatus.BAD_REQUEST, "The lead or its activities are not valid",
            "A required member is missing (lead, an activity's type or occurredAt), an activity is null, an "
                    + "activity type is not UPPER_SNAKE_CASE, a number is negative, or a text is too long; or a lead "
                    + "attribute or activity property has a bad name, too large a value or the wrong declared type.",
            "Fix every member listed in errors and send the request again. Unknown but well-formed activity "
                    + "types and missing optional members are not errors: they come back as data-quality findings."),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request body is too large",
            "The body is larger than the service reads, whether announced by Content-Length or streamed in chunks: "
                    + "leadrules.scoring.max-body-size (1 MiB by default) under /api/, except a rule-set upload "
                    + "(multipart POST /api/v1/rulesets): leadrules.rulesets.max-upload-size (20 MB by default).",
            "Send fewer or shorter activities; upload fewer or smaller rule files (one .zip of the rule set is "
                    + "much smaller than its files)."),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Nothing is served here",
            "No endpoint and no page exists at this path.",
            "Check the path: scores are at POST /api/v1/scores; the API is described at /v3/api-docs."),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
            "The path exists but does not accept this HTTP method.",
            "Use a method from the Allow header, for example POST for /api/v1/scores."),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation",
            "The Accept header names no media type this endpoint can answer with.",
            "Accept application/json (or leave Accept out)."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "The body's Content-Type is missing or not one this endpoint reads.",
            "Send the body as JSON with Content-Type: application/json; a rule-set upload as a "
                    + "multipart/form-data form."),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request",
            "The request is malformed at the HTTP level (not in its JSON body).",
            "Check the request line, headers and parameters against docs/api.md."),
    INVALID_QUERY("invalid-query", HttpStatus.BAD_REQUEST, "A query parameter is not valid",
            "A query parameter (asOf, page, size, sort or a filter such as stage), or the asOf or filter of a "
                    + "simulation request, has a value the endpoint does not accept; or the request names who acts "
                    + "(by, author), which the service takes from the credentials instead.",
            "Change the parameter named in errors; docs/api.md lists the values each one takes."),
    RULE_EVALUATION_FAILED("rule-evaluation-failed", HttpStatus.INTERNAL_SERVER_ERROR,
            "The rule set failed to evaluate the lead",
            "A rule of the active rule set kept firing until the service stopped the evaluation "
                    + "(leadrules.scoring.max-rule-firings). This is a defect in the rule set, not in the request.",
            "Nothing to change in the request. Report the ruleId in the answer to whoever maintains the rules."),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "Something failed inside the service. The request may well be fine.",
            "Try again later; if it persists, report the time of the request to the operators.");

    private final ProblemText text;

    SystemProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<SystemProblem> problemTypes() {
            return List.of(values());
        }
    }
}
