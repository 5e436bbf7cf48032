package io.leadrules.app.lead;

import io.leadrules.app.decision.DecisionDraft;
import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stored lead's decision: its stored profile and all its stored activities, decided as of an instant with the
 * active rule set by {@link Decisions} (which records it), and copied onto the lead for the sales queue. Runs
 * inside the caller's transaction, which holds the lead's row lock.
 */
@Service
public class LeadDecisions {

    private final ActiveRuleSet rules;
    private final ActivityLog activities;
    private final LeadStore leads;
    private final Decisions decisions;
    private final StoredLeadFacts facts;
    private final CurrentDecisionCopies copies;
    private final Clock clock;

    LeadDecisions(ActiveRuleSet rules, ActivityLog activities, LeadStore leads, Decisions decisions,
                  StoredLeadFacts facts, CurrentDecisionCopies copies, Clock clock) {
        this.copies = copies;
        this.rules = rules;
        this.activities = activities;
        this.leads = leads;
        this.decisions = decisions;
        this.facts = facts;
        this.clock = clock;
    }

    /** What the engine would see for this lead as of the instant: its profile and every stored activity. */
    public EvaluationInput inputFor(StoredLead lead, Instant asOf) {
        List<io.leadrules.rules.vocabulary.Activity> stored = activities.of(lead.id()).stream()
                .map(facts::toActivity).toList();
        return new EvaluationInput(facts.toLead(lead), stored, asOf);
    }

    /**
     * What the engine would see for each lead of a page as of the instant: the same input as {@link #inputFor}, the
     * activities of the whole page read here in one query. Each lead's input is built when asked for (on any thread),
     * so a lead whose stored data cannot be read fails alone, not the page.
     */
    public Function<StoredLead, EvaluationInput> inputsFor(List<StoredLead> page, Instant asOf) {
        Map<UUID, List<StoredActivity>> stored = activities.ofLeads(page.stream().map(StoredLead::id).toList());
        return lead -> new EvaluationInput(facts.toLead(lead), stored.getOrDefault(lead.id(), List.of()).stream()
                .map(facts::toActivity).toList(), asOf);
    }

    /**
     * Makes each recorded decision its lead's current one, in one batch, but only for a lead still at the version
     * that was read (each lead as the page read it, each decision with the evaluation it records). Answers, in
     * order, whether each was copied: a lead changed meanwhile keeps its newer state and is the caller's to redo.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean[] makeCurrentIfUnchanged(List<StoredLead> page, List<DecisionDraft> decided) {
        List<CurrentDecisionCopies.Copy> wanted = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            DecisionDraft draft = decided.get(i);
            LeadEvaluation evaluation = draft.evaluation();
            wanted.add(new CurrentDecisionCopies.Copy(page.get(i), new CurrentDecision(draft.id(), evaluation.score(),
                    evaluation.fit().grade(), evaluation.temperature(), evaluation.stage(), evaluation.funnelStage(),
                    evaluation.priority(), draft.rulesetVersion(), draft.decidedAt())));
        }
        return copies.copyIfUnchanged(wanted);
    }

    /** Scores the (locked) lead as of now, records the decision and makes it the lead's current one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Decided decide(StoredLead lead) {
        return decide(lead, clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Decided decide(StoredLead lead, Instant asOf) {
        EvaluationInput input = inputFor(lead, asOf);
        Decisions.Decided decided = rules.apply(ruleSet -> decisions.decide(lead.id(), input, ruleSet));
        StoredLead updated = leads.save(lead.withCurrent(current(decided.decision(), decided.evaluation())));
        return new Decided(updated, decided.decision(), decided.evaluation());
    }

    private static CurrentDecision current(StoredDecision decision, LeadEvaluation evaluation) {
        return new CurrentDecision(decision.id(), evaluation.score(), evaluation.fit().grade(),
                evaluation.temperature(), evaluation.stage(), evaluation.funnelStage(), evaluation.priority(),
                decision.rulesetVersion(), decision.decidedAt());
    }

    /** The lead after the decision, the decision record, and the evaluation it records. */
    public record Decided(StoredLead lead, StoredDecision decision, LeadEvaluation evaluation) {
    }
}
