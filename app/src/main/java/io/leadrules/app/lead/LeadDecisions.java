package io.leadrules.app.lead;

import io.leadrules.app.audit.DecisionJournal;
import io.leadrules.app.audit.StoredDecision;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.scoring.ScoringSettings;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a stored lead and records the decision: its stored profile and all its stored activities, evaluated as of
 * an instant with the active rule set, written as a decision record and copied onto the lead for the sales queue.
 * Runs inside the caller's transaction, which holds the lead's row lock.
 */
@Service
public class LeadDecisions {

    private final ActiveRuleSet rules;
    private final ActivityLog activities;
    private final LeadStore leads;
    private final DecisionJournal journal;
    private final StoredLeadFacts facts;
    private final ScoringSettings settings;
    private final Clock clock;

    LeadDecisions(ActiveRuleSet rules, ActivityLog activities, LeadStore leads, DecisionJournal journal,
                  StoredLeadFacts facts, ScoringSettings settings, Clock clock) {
        this.rules = rules;
        this.activities = activities;
        this.leads = leads;
        this.journal = journal;
        this.facts = facts;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the engine would see for this lead as of the instant: its profile and every stored activity. */
    public EvaluationInput inputFor(StoredLead lead, Instant asOf) {
        List<io.leadrules.rules.vocabulary.Activity> stored = activities.of(lead.id()).stream()
                .map(facts::toActivity).toList();
        return new EvaluationInput(facts.toLead(lead), stored, asOf);
    }

    /** Evaluates without recording anything. */
    public LeadEvaluation evaluate(EvaluationInput input, CompiledRuleSet ruleSet) {
        return ruleSet.evaluate(input, settings.maxRuleFirings());
    }

    /** Scores the (locked) lead as of now, records the decision and makes it the lead's current one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Decided decide(StoredLead lead) {
        return decide(lead, clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Decided decide(StoredLead lead, Instant asOf) {
        EvaluationInput input = inputFor(lead, asOf);
        return rules.apply(ruleSet -> {
            LeadEvaluation evaluation = evaluate(input, ruleSet);
            StoredDecision decision = journal.record(lead.id(), input, evaluation, ruleSet, clock.instant());
            StoredLead updated = leads.save(lead.withCurrent(current(decision, evaluation)));
            return new Decided(updated, decision, evaluation);
        });
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
