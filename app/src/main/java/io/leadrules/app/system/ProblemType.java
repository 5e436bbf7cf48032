package io.leadrules.app.system;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of problem the service answers with. The {@code type} URI ({@code /problems/<name>}) is stable: clients
 * may switch on it, and the service serves a short page for each at that path.
 */
public enum ProblemType {

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
    TOO_MANY_ACTIVITIES("too-many-activities", HttpStatus.BAD_REQUEST, "Too many activities",
            "The request carries more activities than the service accepts in one request "
                    + "(leadrules.scoring.max-activities, 5,000 by default).",
            "Send only the most recent activities: anything older than 180 days scores nothing."),
    ACTIVITY_CONFLICT("activity-conflict", HttpStatus.CONFLICT, "An activity id is taken by another activity",
            "An activity was posted under an id the lead already has (or twice in one request) with other content: "
                    + "another type, occurredAt, detail, value or property. The id is the key that keeps an event "
                    + "from counting twice, so the stored activity stays and nothing of the request was stored.",
            "Read errors (each member that differs, with the stored and the sent value): give a different event a "
                    + "new id; re-send an event exactly as it was first sent, or not at all."),
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
                    + "simulation request, has a value the endpoint does not accept.",
            "Change the parameter named in errors; docs/api.md lists the values each one takes."),
    LEAD_NOT_FOUND("lead-not-found", HttpStatus.NOT_FOUND, "No such lead",
            "No lead has this id. Lead ids are the UUIDs POST /api/v1/leads answers with.",
            "Check the id, or create the lead with POST /api/v1/leads."),
    LEAD_ERASED("lead-erased", HttpStatus.GONE, "The lead was erased",
            "The person asked to be forgotten: the lead's identifying data was removed. Its decision records stay, "
                    + "without personal data, for the audit trail.",
            "Nothing to change. A new lead with the same email is a new person."),
    NOT_KNOWN_AT_INSTANT("not-known-at-instant", HttpStatus.NOT_FOUND, "The lead was not known at that instant",
            "A score as of an instant needs what the service knew then; the lead was created after it.",
            "Ask for an instant after the lead's createdAt."),
    DECISION_NOT_FOUND("decision-not-found", HttpStatus.NOT_FOUND, "No such decision",
            "No decision has this id.",
            "Check the id; a lead's decisions are listed at GET /api/v1/leads/{id}/decisions."),
    RULESET_VERSION_UNAVAILABLE("ruleset-version-unavailable", HttpStatus.CONFLICT,
            "The rule version is not available",
            "The rule version this needs (for instance the version a decision was made with) is not known to the "
                    + "service, or its files changed since.",
            "Nothing to change in the request; the detail names the version."),
    RESCORING_JOB_NOT_FOUND("rescoring-job-not-found", HttpStatus.NOT_FOUND, "No such rescoring job",
            "No rescoring job has this id. Jobs are started with POST /api/v1/rescoring-jobs.",
            "Check the id."),
    RULESET_NOT_FOUND("ruleset-not-found", HttpStatus.NOT_FOUND, "No such rule version",
            "No rule version has this id. Rule version ids are 1, 2, 3, ... as GET /api/v1/rulesets lists them.",
            "Check the id against GET /api/v1/rulesets."),
    RULE_FILE_NOT_FOUND("rule-file-not-found", HttpStatus.NOT_FOUND, "The rule version has no such file",
            "The rule version exists but holds no file of this name. Names match exactly, case included.",
            "Take the name from the version's files (GET /api/v1/rulesets/{id})."),
    INVALID_RULESET_UPLOAD("invalid-ruleset-upload", HttpStatus.BAD_REQUEST, "The upload is not valid",
            "The multipart upload has no file, or a form field (label, author, basedOn) has a value the service "
                    + "does not accept.",
            "Fix the field named in errors: send at least one file part named 'files', a label and author of at "
                    + "most 200 characters, and basedOn as the id of a stored version."),
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
    SIMULATION_NOT_FOUND("simulation-not-found", HttpStatus.NOT_FOUND, "No such simulation",
            "No impact simulation has this id. Simulations are started with POST /api/v1/rulesets/{id}/simulation.",
            "Check the id."),
    NO_RULE_FILES("no-rule-files", HttpStatus.BAD_REQUEST, "The upload holds no rule files",
            "The upload has no file, or only a zip whose entries are all folders, hidden files (.DS_Store, "
                    + "__MACOSX) or Office lock files (~$...).",
            "Upload the rule files (.drl, .drl.xlsx, .scenarios.csv, .scenarios.xlsx), or one .zip that holds them."),
    INVALID_FILE_NAME("invalid-file-name", HttpStatus.BAD_REQUEST, "The file name is not accepted",
            "A file name is empty, longer than 200 characters, holds control characters, or does not end the way a "
                    + "rule file does: .drl (rules as text), .drl.xlsx (decision tables), .scenarios.csv or "
                    + ".scenarios.xlsx (test scenarios), or .zip (a whole rule set; a zip inside a zip is not read).",
            "Rename the file named in file (and entry) with the ending that says what it holds, for example "
                    + "Points.drl.xlsx for a decision table, and upload again."),
    DUPLICATE_FILE_NAME("duplicate-file-name", HttpStatus.BAD_REQUEST, "Two files have the same name",
            "Two files of the upload have the same name, ignoring upper and lower case and the folders of a zip: "
                    + "the service would not know which one is meant.",
            "Keep one of them, or rename the other, and upload again."),
    RULE_FILE_TOO_LARGE("rule-file-too-large", HttpStatus.CONTENT_TOO_LARGE, "A rule file is too large",
            "A file, or a file unpacked from a zip, is larger than the service accepts "
                    + "(leadrules.rulesets.max-file-size, 5 MB by default).",
            "Split the rules over several files, or delete the rows, sheets, pictures and formatting the rules do "
                    + "not need."),
    UNSAFE_ARCHIVE("unsafe-archive", HttpStatus.BAD_REQUEST, "The zip cannot be unpacked safely",
            "A zip, or the zip a .xlsx workbook is made of, holds more entries than the service reads "
                    + "(leadrules.rulesets.max-archive-entries, 100), unpacks to more than it accepts in all "
                    + "(leadrules.rulesets.max-archive-size, 50 MB), unpacks to hundreds of times its own size, or "
                    + "has an entry whose path leaves its folder (../, an absolute path, a drive letter).",
            "Zip the rule files again with your usual tool, without other files; the detail names the entry."),
    CORRUPT_RULE_FILE("corrupt-rule-file", HttpStatus.BAD_REQUEST, "A file is damaged",
            "A zip or workbook could not be read to the end: it is cut short or damaged, or it is a zip protected "
                    + "by a password.",
            "Save or zip the file again, without a password, and upload the new copy."),
    NOT_A_TEXT_FILE("not-a-text-file", HttpStatus.BAD_REQUEST, "A rule file is not UTF-8 text",
            "A .drl or .scenarios.csv file has bytes that are not UTF-8 text (it was saved as ANSI, Windows-1252 or "
                    + "Latin-1 with accented letters), or a NUL byte (it was saved as UTF-16 \"Unicode\", or it is "
                    + "not a text file at all).",
            "Save the file as UTF-8: in Notepad, File > Save As, Encoding UTF-8; in Excel, Save As \"CSV UTF-8\"."),
    NOT_A_SPREADSHEET("not-a-spreadsheet", HttpStatus.BAD_REQUEST, "A workbook is not an Excel .xlsx file",
            "A .drl.xlsx or .scenarios.xlsx file is not an Excel 2007-365 workbook: it is an old .xls workbook, "
                    + "another kind of document, a picture, or another file renamed.",
            "Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx), keeping the .drl.xlsx or "
                    + ".scenarios.xlsx ending."),
    PASSWORD_PROTECTED_SPREADSHEET("password-protected-spreadsheet", HttpStatus.BAD_REQUEST,
            "A workbook is protected by a password",
            "A workbook is encrypted with a password to open it. The service cannot read it, and never asks for "
                    + "passwords.",
            "Remove the password and upload again: in Excel, File > Info > Protect Workbook > Encrypt with "
                    + "Password, clear the password and save; in LibreOffice, File > Save As, untick Save with "
                    + "password."),
    UNSAFE_SPREADSHEET("unsafe-spreadsheet", HttpStatus.BAD_REQUEST, "A workbook holds XML the service does not read",
            "A part of the workbook declares a document type (<!DOCTYPE) or entities (<!ENTITY). XML external "
                    + "entities and DTDs can make a reader fetch files or addresses, so they are refused before any "
                    + "XML is read. Excel and LibreOffice never write them.",
            "Open the workbook in Excel or LibreOffice, save it as a new .xlsx, and upload that copy."),
    TOO_MANY_ROWS("too-many-rows", HttpStatus.BAD_REQUEST, "A sheet has too many rows",
            "A sheet of a workbook goes further down than leadrules.rulesets.max-rows (10,000 by default), counted to "
                    + "its last row that holds anything, even only formatting.",
            "Delete the rows below the table (select them, right-click > Delete), or split the table over several "
                    + "sheets or files."),
    RULESET_LIMIT_EXCEEDED("ruleset-limit-exceeded", HttpStatus.UNPROCESSABLE_CONTENT,
            "The rule set needs more than an upload may use",
            "Every upload is compiled, tested and made to score one very large lead in a separate, confined worker "
                    + "before anything is stored. This rule set hit one of the worker's limits: limit says which "
                    + "(heap: memory; cpu: processor time; wall-clock: total time; evaluation-time: one score took too "
                    + "long; firings: a rule keeps triggering itself; stack: rules call themselves without end) and "
                    + "after says after how long. Nothing was stored and the live rules did not change.",
            "Simplify the rule the detail names (a rule that adds what it matches itself, waits, or compares every "
                    + "activity with every other one) and upload again. The limits are leadrules.sandbox.*."),
    SANDBOX_UNAVAILABLE("sandbox-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "Uploads cannot be checked right now",
            "The worker process that checks uploads stopped for a reason that has nothing to do with the upload "
                    + "(it was killed, or could not start). A fresh worker is being started. Nothing was stored; "
                    + "scoring is not affected.",
            "Upload again after the seconds in the Retry-After header."),
    UPLOAD_QUEUE_FULL("upload-queue-full", HttpStatus.SERVICE_UNAVAILABLE, "Too many uploads are waiting",
            "Uploads are checked one at a time, in the order they arrive. Too many were already waiting "
                    + "(leadrules.sandbox.queue-length), or this one waited longer than leadrules.sandbox.queue-wait. "
                    + "Nothing was stored.",
            "Upload again after the seconds in the Retry-After header."),
    RULE_EVALUATION_FAILED("rule-evaluation-failed", HttpStatus.INTERNAL_SERVER_ERROR,
            "The rule set failed to evaluate the lead",
            "A rule of the active rule set kept firing until the service stopped the evaluation "
                    + "(leadrules.scoring.max-rule-firings). This is a defect in the rule set, not in the request.",
            "Nothing to change in the request. Report the ruleId in the answer to whoever maintains the rules."),
    // rate limits
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests for this key",
            "The API key (or the person signed in) made more requests than its role allows in a short time "
                    + "(leadrules.security.rate-limits); this request was not served.",
            "Wait the seconds Retry-After says and send it again; spread requests out, or ask an admin for a key "
                    + "with a role that allows more."),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "Something failed inside the service. The request may well be fine.",
            "Try again later; if it persists, report the time of the request to the operators.");

    private static final String BASE = "/problems/";

    private final String name;
    private final HttpStatus status;
    private final String title;
    private final String when;
    private final String fix;

    ProblemType(String name, HttpStatus status, String title, String when, String fix) {
        this.name = name;
        this.status = status;
        this.title = title;
        this.when = when;
        this.fix = fix;
    }

    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title);
        return problem;
    }

    public ProblemDetail problem(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The problem type that stands for a plain HTTP status, for errors raised by the framework or the container. */
    public static Optional<ProblemType> forStatus(HttpStatusCode status) {
        return Optional.ofNullable(switch (status.value()) {
            case 400 -> BAD_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 500 -> INTERNAL_ERROR;
            default -> null;
        });
    }

    /** The problem itself when it has a type; otherwise the problem with the type, title (and detail) of its status. */
    public static ProblemDetail typed(ProblemDetail problem) {
        boolean untyped = problem.getType() == null || "about:blank".equals(problem.getType().toString());
        Optional<ProblemType> byStatus = forStatus(HttpStatusCode.valueOf(problem.getStatus()));
        if (untyped && byStatus.isPresent()) {
            problem.setType(byStatus.get().uri());
            problem.setTitle(byStatus.get().title);
            if (problem.getDetail() == null) {
                problem.setDetail(byStatus.get().fix);
            }
        }
        return problem;
    }

    public static Optional<ProblemType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.name.equals(name)).findFirst();
    }

    public URI uri() {
        return URI.create(BASE + name);
    }

    public String slug() {
        return name;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String when() {
        return when;
    }

    public String fix() {
        return fix;
    }
}
