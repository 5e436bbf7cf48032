package io.leadrules.app.lead;

import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    private final Clock clock;

    LeadDecisions(ActiveRuleSet rules, ActivityLog activities, LeadStore leads, Decisions decisions,
                  StoredLeadFacts facts, Clock clock) {
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
