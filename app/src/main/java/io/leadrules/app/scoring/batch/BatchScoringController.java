package io.leadrules.app.scoring.batch;

import io.leadrules.app.decision.CalibratedAnswers;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.ReasonLanguage;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.ruleset.RuleSetLease;
import io.leadrules.app.scoring.ScoringProblem;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/scores/batch}: a file of leads in, one answer per line out, streamed in input order as the
 * leads are scored. Synchronous on purpose: the answer is written while the body is read, and a problem found before
 * the first answer (line 1 of a CSV, a body announced too large) is still answered as a problem. Storing the leads
 * ({@code ?store=true}) is another endpoint's.
 */
@RestController
@Tag(name = "Scoring")
class BatchScoringController {

    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";

    private final BatchWorkers workers;
    private final BatchScoring scoring;
    private final ActiveRuleSet active;
    private final RuleSetHistory versions;
    private final CalibratedAnswers answers;
    private final Decisions decisions;
    private final CurrentActor actor;
    private final Clock clock;
    private final ReasonLanguage reasons;

    BatchScoringController(BatchWorkers workers, BatchParts parts, ActiveRuleSet active, RuleSetHistory versions,
                           CalibratedAnswers answers, Decisions decisions, CurrentActor actor, Clock clock,
                           ReasonLanguage reasons) {
        this.reasons = reasons;
        this.workers = workers;
        this.scoring = workers.scoring(parts);
        this.active = active;
        this.versions = versions;
        this.answers = answers;
        this.decisions = decisions;
        this.actor = actor;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "200", description = "One answer per line, in input order, streamed", content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = "string")),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @RequestBody(required = true, description = "The leads: NDJSON or CSV lines, or a multipart form with the parts "
            + "'leads' (CSV) and 'activities' (CSV)", content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = "string")),
            @Content(mediaType = CSV, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE)})
    @ApiResponse(responseCode = "403", ref = ApiProblems.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ApiProblems.UNPROCESSABLE_CONTENT)
    @ApiResponse(responseCode = "503", ref = ApiProblems.SERVICE_UNAVAILABLE)
    @Parameter(name = "store", in = ParameterIn.QUERY, description = "true: store the leads as a lead import job "
            + "(202) instead of answering scores (SCORER role)", schema = @Schema(type = "boolean"))
    @Operation(operationId = "scoreBatch", summary = "Score a file of leads",
            description = "NDJSON (one POST /api/v1/scores body per line) or CSV (the dataset columns) in; NDJSON "
                    + "or CSV out by Accept, one answer per line in input order, streamed. One rule version scores "
                    + "the whole batch. A bad line gets an error line and the batch goes on. See docs/api.md.")
    @PostMapping(path = BatchBodyLimit.PATH, params = "!store", consumes = {NDJSON, CSV}, produces = {NDJSON, CSV})
    void score(@RequestParam(name = "version", required = false) String version,
               @RequestParam(name = "explain", defaultValue = "summary") String explain,
               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
               HttpServletRequest request, HttpServletResponse response) throws IOException {
        BatchFormat input = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(
                MediaType.parseMediaType(CSV)) ? BatchFormat.CSV : BatchFormat.NDJSON;
        answer(new Asked(version, explained(explain), input, answerFormat(accept)), request.getInputStream(), null,
                response);
    }

    @Operation(operationId = "scoreBatch", summary = "Score a CSV of leads with its activities as a second file",
            description = "multipart/form-data: part 'leads' (the CSV of POST /api/v1/scores/batch) and part "
                    + "'activities' (lead,type,occurredAt[,value][,id][,properties.<name>]), grouped by lead in the "
                    + "order of the leads. The parts are spooled to disk by the server. See docs/api.md.")
    @PostMapping(path = BatchBodyLimit.PATH, params = "!store", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {NDJSON, CSV})
    void scoreForm(@RequestParam(name = "version", required = false) String version,
                   @RequestParam(name = "explain", defaultValue = "summary") String explain,
                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                   HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        BatchForm form = BatchForm.of(request.getParts());
        try (InputStream leads = form.leads().getInputStream();
             InputStream activities = form.activities() == null ? null : form.activities().getInputStream()) {
            answer(new Asked(version, explained(explain), BatchFormat.CSV, answerFormat(accept)), leads, activities,
                    response);
        }
    }

    /** What the query and the headers ask for. */
    private record Asked(String version, boolean full, BatchFormat input, BatchFormat output) {
    }

    private void answer(Asked asked, InputStream in, InputStream activities, HttpServletResponse response)
            throws IOException {
        try (BatchWorkers.BatchPlace place = workers.enter(); RuleSetLease lease = lease(asked.version())) {
            String status = asked.version() == null ? "ACTIVE" : versions.statusOf(asked.version());
            String language = asked.full() ? reasons.served(lease.rules()) : null;
            BatchRequest batch = new BatchRequest(asked.input(), asked.output(), asked.full(), lease.rules(),
                    evaluated -> translated(ScoreResponse.withRulesetStatus(answers.answer(evaluated), status),
                            language),
                    decisions::evaluate, clock.instant());
            response.setContentType(asked.output().mediaType() + ";charset=UTF-8");
            scoring.run(batch, in, activities, response.getOutputStream(), tally -> { });
        }
    }

    /** A full answer's reasons in the language the request asked for (a summary line carries none). */
    private ScoreResponse translated(ScoreResponse answer, String language) {
        return language == null ? answer : reasons.translated(answer, language);
    }

    private RuleSetLease lease(String version) {
        if (version == null) {
            return active.lease();
        }
        if (!actor.holds("RULE_EDITOR") && !actor.holds("RULE_DEVELOPER")) {
            throw new ProblemException(ScoringProblem.VERSION_NEEDS_RULE_ROLE, "Scoring with ?version=" + version
                    + " needs the role RULE_EDITOR or RULE_DEVELOPER; without ?version= the active rule set scores.")
                    .with("version", version);
        }
        return versions.lease(version);
    }

    private static boolean explained(String explain) {
        if (!explain.equals("summary") && !explain.equals("full")) {
            throw new ProblemException(SystemProblem.INVALID_QUERY, "explain takes summary (the default) or full.")
                    .with("errors", List.of(new FieldProblem("explain", "must be summary or full")));
        }
        return explain.equals("full");
    }

    /** The first of NDJSON and CSV that Accept lists; NDJSON when it lists neither (or a wildcard). */
    private static BatchFormat answerFormat(String accept) {
        if (accept != null) {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.getQualityValue() > 0 && type.equalsTypeAndSubtype(MediaType.parseMediaType(CSV))) {
                    return BatchFormat.CSV;
                }
                if (type.getQualityValue() > 0 && type.equalsTypeAndSubtype(MediaType.parseMediaType(NDJSON))) {
                    return BatchFormat.NDJSON;
                }
            }
        }
        return BatchFormat.NDJSON;
    }
}
