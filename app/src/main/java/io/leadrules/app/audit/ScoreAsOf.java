package io.leadrules.app.audit;

import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.ReasonLanguage;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.decision.ScoreResponseMapper;
import io.leadrules.app.lead.LeadHistory;
import io.leadrules.app.lead.LeadLookup;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.evaluation.EvaluationInput;
import java.time.Instant;
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
    private final LeadHistory history;
    private final DecisionSnapshots snapshots;
    private final RuleSetHistory ruleSets;
    private final Decisions evaluation;
    private final ScoreResponseMapper answers;
    private final ReasonLanguage reasons;
    private final JsonMapper json;

    ScoreAsOf(LeadLookup lookup, LeadHistory history, DecisionSnapshots snapshots, RuleSetHistory ruleSets,
              Decisions evaluation, ScoreResponseMapper answers, JsonMapper json, ReasonLanguage reasons) {
        this.reasons = reasons;
        this.lookup = lookup;
        this.history = history;
        this.snapshots = snapshots;
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
        EvaluationInput input = history.inputKnownAt(lead, asOf);
        ObjectNode answer = json.createObjectNode();
        answer.put("leadId", lead.id().toString());
        ScoreResponse response = ruleSets.withLiveAt(asOf,
                rules -> reasons.shown(answers.toResponse(evaluation.evaluate(input, rules))));
        answer.setAll((ObjectNode) snapshots.tree(response));
        return answer;
    }
}
