package io.leadrules.app.lead;

import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.DecisionTimeline;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    private final DecisionTimeline timeline;

    LeadHistory(DecisionStore decisions, DecisionSnapshots snapshots, ActivityLog activities,
                StoredLeadFacts facts, DecisionTimeline timeline) {
        this.timeline = timeline;
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
     * {@link #inputKnownAt} for each lead of a page at an instant of its own ({@code instants.get(i)} for
     * {@code page.get(i)}), in the page's order: the activities and the chosen decisions read for the whole page.
     */
    public List<EvaluationInput> inputsKnownAt(List<StoredLead> page, List<Instant> instants) {
        Map<UUID, Instant> at = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            at.put(page.get(i).id(), instants.get(i));
        }
        Map<UUID, String> decided = timeline.inputsKnownAt(at);
        Map<UUID, List<StoredActivity>> stored = activities.ofLeads(at.keySet());
        List<EvaluationInput> inputs = new ArrayList<>(page.size());
        for (StoredLead lead : page) {
            Instant asOf = at.get(lead.id());
            String snapshot = decided.get(lead.id());
            List<Activity> known = stored.getOrDefault(lead.id(), List.of()).stream()
                    .filter(activity -> knownBy(activity, asOf)).map(facts::toActivity).toList();
            inputs.add(new EvaluationInput(snapshot == null ? facts.toLead(lead)
                    : snapshots.readInput(snapshot).lead(), known, asOf));
        }
        return inputs;
    }

    /** As {@link ActivityLog#knownAt} selects: happened and received by the instant. */
    private static boolean knownBy(StoredActivity activity, Instant instant) {
        return !activity.occurredAt().isAfter(instant) && !activity.receivedAt().isAfter(instant);
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
