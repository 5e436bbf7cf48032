package io.leadrules.app.lead;

import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the service knew of a stored lead at a past instant: the profile (and consent) the last decision made by
 * then saw, and the activities that had happened and been received by then. Score-as-of and the backtest's cut-off
 * both mean exactly this, so they share it. Reads only.
 */
@Component
public class LeadHistory {

    private final DecisionStore decisions;
    private final DecisionSnapshots snapshots;
    private final ActivityLog activities;
    private final StoredLeadFacts facts;

    LeadHistory(DecisionStore decisions, DecisionSnapshots snapshots, ActivityLog activities,
                StoredLeadFacts facts) {
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.activities = activities;
        this.facts = facts;
    }

    /** The evaluation input as of the instant (the caller checks the lead existed by then). */
    public EvaluationInput inputKnownAt(StoredLead lead, Instant asOf) {
        List<Activity> known = activities.knownAt(lead.id(), asOf).stream().map(facts::toActivity).toList();
        return new EvaluationInput(profileKnownAt(lead, asOf), known, asOf);
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
