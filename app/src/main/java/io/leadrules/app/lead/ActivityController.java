package io.leadrules.app.lead;

import io.leadrules.app.decision.DecisionJson;
import io.leadrules.app.lead.ActivityPosting.Posted;
import io.leadrules.app.lead.QueryParameters.Paging;
import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The activities of a stored lead: post one or many (each id stored once), list them oldest first. */
@RestController
@Tag(name = "Leads")
@RequestMapping(path = "/api/v1/leads/{id}/activities", produces = MediaType.APPLICATION_JSON_VALUE)
class ActivityController {

    private final ActivityPosting posting;
    private final ActivityIntake intake;
    private final ActivityLog log;
    private final LeadLookup lookup;
    private final LeadRecords records;
    private final DecisionJson decisions;
    private final JsonBodies bodies;
    private final CustomDataCheck checks;

    ActivityController(ActivityPosting posting, ActivityIntake intake, ActivityLog log, LeadLookup lookup,
                       LeadRecords records, DecisionJson decisions, JsonBodies bodies, CustomDataCheck checks) {
        this.checks = checks;
        this.posting = posting;
        this.intake = intake;
        this.log = log;
        this.lookup = lookup;
        this.records = records;
        this.decisions = decisions;
        this.bodies = bodies;
    }

    @ApiResponse(responseCode = "200", description = "What was stored, and the decision")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "410", ref = ApiProblems.GONE)
    @Operation(operationId = "postActivities", summary = "Post one activity or an array of them; new ids rescore the lead",
            description = "Ids the lead already has, or repeated in the post, are duplicates: neither stored nor "
                    + "counted again. When nothing was new, no decision is made and the current one is answered. "
                    + "A taken id with other content (type, occurredAt, detail, value, properties) is a 409.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = ActivityData.class))))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ActivitiesAccepted post(@PathVariable String id, @RequestBody byte[] body) {
        UUID leadId = LeadIds.parse(id);
        ActivityPost post = bodies.read(asList(bodies.tree(body)), ActivityPost.class);
        bodies.validate(post);
        intake.checkCount(post.activities().size());
        checks.require(null, null, post.activities(), List.of());
        Posted posted = posting.post(leadId, post.activities());
        JsonNode decision = posted.newDecision() != null ? decisions.of(posted.newDecision())
                : decisions.current(posted.lead().currentDecisionId());
        return new ActivitiesAccepted(posted.intake().accepted(), posted.intake().duplicates(), decision);
    }

    @ApiResponse(responseCode = "200", description = "A page of activities")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "410", ref = ApiProblems.GONE)
    @Operation(operationId = "listActivities", summary = "List the lead's stored activities, oldest first, paged (page from 0, size 1-200)")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 0 (default 0)",
            schema = @Schema(type = "integer", minimum = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 200 (default 50)",
            schema = @Schema(type = "integer", minimum = "1", maximum = "200"))
    @GetMapping
    ResultPage<ActivityView> list(@PathVariable String id,
                                  @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        UUID leadId = LeadIds.parse(id);
        QueryParameters query = new QueryParameters(parameters, Set.of("page", "size"));
        Paging paging = query.paging();
        query.check();
        lookup.existing(leadId);
        return new ResultPage<>(log.page(leadId, paging.offset(), paging.size()).stream().map(records::toView)
                .toList(), paging.page(), paging.size(), log.count(leadId));
    }

    /** One activity or an array, as {@code {"activities": [...]}}: problems then name {@code activities[i]}. */
    private static ObjectNode asList(JsonNode body) {
        if (!body.isObject() && !body.isArray()) {
            throw new ProblemException(SystemProblem.MALFORMED_JSON, "The body must be one activity object, like "
                    + "{\"id\": \"e7\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-22T10:00:00Z\"}, or an "
                    + "array of them.");
        }
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.set("activities", body.isArray() ? body : JsonNodeFactory.instance.arrayNode().add(body));
        return wrapped;
    }
}
