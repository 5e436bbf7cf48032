package io.leadrules.app.audit;

import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.decision.ScoreResponseMapper;
import io.leadrules.app.lead.ActivityLog;
import io.leadrules.app.lead.LeadLookup;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.lead.StoredLeadFacts;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a lead's score was at a past instant, from what the service knew then: the profile the last decision made
 * by then saw, the activities that had happened and been received by then, evaluated as of that instant with the
 * rule version live then. Writes nothing.
 */
@Service
class ScoreAsOf {

    private final LeadLookup lookup;
    private final DecisionStore decisions;
    private final DecisionSnapshots snapshots;
    private final ActivityLog activities;
    private final StoredLeadFacts facts;
    private final RuleSetHistory ruleSets;
    private final Decisions evaluation;
    private final ScoreResponseMapper answers;
    private final JsonMapper json;

    ScoreAsOf(LeadLookup lookup, DecisionStore decisions, DecisionSnapshots snapshots, ActivityLog activities,
              StoredLeadFacts facts, RuleSetHistory ruleSets, Decisions evaluation, ScoreResponseMapper answers,
              JsonMapper json) {
        this.lookup = lookup;
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.activities = activities;
        this.facts = facts;
        this.ruleSets = ruleSets;
        this.evaluation = evaluation;
        this.answers = answers;
        this.json = json;
    }

    @Transactional(readOnly = true)
    ObjectNode at(UUID leadId, Instant asOf) {
        StoredLead lead = lookup.existing(leadId);
        if (asOf.isBefore(lead.createdAt())) {
            throw new ProblemException(AuditProblem.NOT_KNOWN_AT_INSTANT, "Lead " + lead.id() + " was created at "
                    + lead.createdAt() + ", after " + asOf + ": ask for an instant from its creation on.")
                    .with("leadId", lead.id()).with("createdAt", lead.createdAt().toString());
        }
        List<Activity> known = activities.knownAt(lead.id(), asOf).stream().map(facts::toActivity).toList();
        EvaluationInput input = new EvaluationInput(profileKnownAt(lead, asOf), known, asOf);
        ObjectNode answer = json.createObjectNode();
        answer.put("leadId", lead.id().toString());
        ScoreResponse response = ruleSets.withLiveAt(asOf,
                rules -> answers.toResponse(evaluation.evaluate(input, rules)));
        answer.setAll((ObjectNode) snapshots.tree(response));
        return answer;
    }

    /**
     * The profile (and consent) as the last decision made at or before the instant saw it. Every change to a lead
     * writes a decision, so that is the profile as it stood then. Between the lead's creation and its first
     * decision (the same request, moments apart) it is the first decision's; a lead never decided has its stored one.
     */
    private Lead profileKnownAt(StoredLead lead, Instant asOf) {
        return decisions.lastDecidedBy(lead.id(), asOf)
                .or(() -> decisions.findFirstByLeadIdOrderBySequenceNumberAsc(lead.id()))
                .map(decision -> snapshots.readInput(decision.inputSnapshot()).lead())
                .orElseGet(() -> facts.toLead(lead));
    }
}
