package io.leadrules.app.lead;

import io.leadrules.app.decision.DecisionJson;
import io.leadrules.app.lead.LeadRegistration.Registered;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.scoring.LeadData;
import io.leadrules.app.system.openapi.ApiProblems;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Stored leads: create or update the same person, read one, change its profile or consent. */
@RestController
@Tag(name = "Leads")
@RequestMapping(path = "/api/v1/leads", produces = MediaType.APPLICATION_JSON_VALUE)
class LeadController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final LeadRegistration registration;
    private final LeadPatching patching;
    private final LeadLookup lookup;
    private final ActivityIntake intake;
    private final LeadRecords records;
    private final DecisionJson decisions;
    private final JsonBodies bodies;
    private final CustomDataCheck checks;
    private final ActiveRuleSet rules;

    LeadController(LeadRegistration registration, LeadPatching patching, LeadLookup lookup, ActivityIntake intake,
                   LeadRecords records, DecisionJson decisions, JsonBodies bodies, CustomDataCheck checks,
                   ActiveRuleSet rules) {
        this.checks = checks;
        this.rules = rules;
        this.registration = registration;
        this.patching = patching;
        this.lookup = lookup;
        this.intake = intake;
        this.records = records;
        this.decisions = decisions;
        this.bodies = bodies;
    }

    @ApiResponse(responseCode = "201", description = "A new lead; Location names it")
    @ApiResponse(responseCode = "200", description = "An existing lead updated (merged: true)")
    @Operation(operationId = "registerLead", summary = "Store a lead and score it",
            description = "The same person (same externalId, or else the same email ignoring case) is updated: 200 "
                    + "and merged: true. Otherwise a new lead: 201 with Location. Activities are stored once per id.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LeadRegistered> register(@Valid @RequestBody LeadRequest request) {
        intake.checkCount(request.activitiesOrNone().size());
        checks.require("lead", request.lead().attributes(), request.activities(),
                rules.apply(CompiledRuleSet::attributes));
        Registered registered = registration.register(request);
        LeadRegistered answer = new LeadRegistered(registered.lead().id(), registered.merged(),
                decisions.of(registered.decision()), registered.intake().accepted(),
                registered.intake().duplicates());
        if (registered.merged()) {
            return ResponseEntity.ok(answer);
        }
        return ResponseEntity.created(URI.create("/api/v1/leads/" + registered.lead().id())).body(answer);
    }

    @ApiResponse(responseCode = "200", description = "The lead")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "410", ref = ApiProblems.GONE)
    @Operation(operationId = "getLead", summary = "Read a stored lead and its current decision")
    @GetMapping("/{id}")
    LeadView lead(@PathVariable String id) {
        StoredLead lead = lookup.existing(LeadIds.parse(id));
        return view(lead, decisions.current(lead.currentDecisionId()));
    }

    @ApiResponse(responseCode = "200", description = "The changed lead")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "410", ref = ApiProblems.GONE)
    @Operation(operationId = "patchLead", summary = "Change lead members (JSON merge patch) and rescore",
            description = "A member with a value sets it, a member with null clears it, an absent member stays; "
                    + "consent and attributes merge member by member ({\"attributes\": {\"x\": null}} removes x).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = LeadData.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = LeadData.class))})
    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    LeadView patch(@PathVariable String id, @RequestBody byte[] body) {
        LeadDecisions.Decided decided = patching.patch(LeadIds.parse(id), bodies.tree(body));
        return view(decided.lead(), decisions.of(decided.decision()));
    }

    private LeadView view(StoredLead lead, JsonNode current) {
        return new LeadView(lead.id(), records.toLeadData(lead), lead.createdAt(), lead.updatedAt(), current);
    }
}
