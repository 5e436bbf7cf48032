package io.leadrules.app.lead.outcome;

import io.leadrules.app.lead.LeadIds;
import io.leadrules.app.lead.LeadLookup;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.outcome.OutcomeRecording.Recorded;
import io.leadrules.app.scoring.InvalidLead;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.app.system.openapi.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outcomes of a stored lead: record one (a re-sent one is stored once), list them oldest first. */
@RestController
@Tag(name = "Leads")
@RequestMapping(path = "/api/v1/leads/{id}/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
class OutcomeController {

    private final LeadLookup lookup;
    private final OutcomeRecording recording;
    private final OutcomeLimits limits;
    private final OutcomeLog log;
    private final TransactionTemplate transaction;

    OutcomeController(LeadLookup lookup, OutcomeRecording recording, OutcomeLimits limits, OutcomeLog log,
                      TransactionTemplate transaction) {
        this.lookup = lookup;
        this.recording = recording;
        this.limits = limits;
        this.log = log;
        this.transaction = transaction;
    }

    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "200", description = "A duplicate: the stored one")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    @ApiResponse(responseCode = "410", ref = ApiProblems.GONE)
    @Operation(operationId = "recordOutcome", summary = "Record what became of the lead (CONVERTED, WON, LOST, DISQUALIFIED); never seen by the rules",
            description = "201 with the stored outcome. The same outcome at the same occurredAt with the same amount is "
                    + "a duplicate: 200 with the stored one. With another amount or currency: 409.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredOutcome> record(@PathVariable String id, @Valid @RequestBody NewOutcome outcome) {
        UUID leadId = LeadIds.parse(id);
        List<FieldProblem> problems = limits.problems(outcome);
        if (!problems.isEmpty()) {
            throw InvalidLead.of(problems);
        }
        Recorded recorded = transaction.execute(status -> recording.record(lookup.locked(leadId), outcome, null));
        return switch (recorded.result()) {
            case CREATED -> ResponseEntity.created(URI.create("/api/v1/leads/" + leadId + "/outcomes"))
                    .body(recorded.outcome());
            case DUPLICATE -> ResponseEntity.ok(recorded.outcome());
            case CONFLICT -> throw conflict(recorded.outcome(), outcome);
        };
    }

    @ApiResponse(responseCode = "200", description = "The outcomes")
    @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @ApiResponse(responseCode = "410", ref = ApiProblems.GONE)
    @Operation(operationId = "listOutcomes", summary = "List the lead's outcomes, oldest first")
    @GetMapping
    OutcomeList list(@PathVariable String id) {
        StoredLead lead = lookup.existing(LeadIds.parse(id));
        return new OutcomeList(log.of(lead.id()));
    }

    private static ProblemException conflict(StoredOutcome stored, NewOutcome sent) {
        return new ProblemException(OutcomeProblem.OUTCOME_CONFLICT, ProblemMessage.of("outcome-conflict.detail",
                stored.outcome(), stored.occurredAt(), money(stored.amount(), stored.currency()),
                money(sent.amount(), sent.currency()))).with("stored", stored);
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? "no amount" : "amount " + amount.toPlainString() + (currency == null ? "" : " "
                + currency);
    }

    /** A lead's outcomes; few per lead, so not paged. */
    record OutcomeList(List<StoredOutcome> items) {
    }
}
