package io.leadrules.app.decision;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a lead is evaluated and a decision is made. Every caller (scoring a request, a stored lead's
 * decision, rescoring, simulation, replay, score-as-of) evaluates here, so all run with the same firing cap. The
 * caller chooses the rule set (the active one, a past version, a draft) and builds the input; this class knows
 * no feature, so each of them may call it without a cycle. Bulk scoring evaluates on its workers through
 * {@link #evaluate} too.
 */
@Service
public class Decisions {

    private final DecisionJournal journal;
    private final EvaluationSettings settings;
    private final EvaluationMetrics metrics;
    private final Clock clock;

    Decisions(DecisionJournal journal, EvaluationSettings settings, EvaluationMetrics metrics, Clock clock) {
        this.journal = journal;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Evaluates without recording anything; the evaluation is timed and its firings counted (EvaluationMetrics). */
    public LeadEvaluation evaluate(EvaluationInput input, CompiledRuleSet ruleSet) {
        return metrics.timed(ruleSet, () -> ruleSet.evaluate(input, settings.maxRuleFirings()));
    }

    /**
     * Evaluates and records the decision about the lead, decided now. The caller's transaction holds the lead's row
     * lock (so sequence numbers never collide) and copies the decision onto the lead itself.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Decided decide(UUID leadId, EvaluationInput input, CompiledRuleSet ruleSet) {
        LeadEvaluation evaluation = evaluate(input, ruleSet);
        return new Decided(journal.record(leadId, input, evaluation, ruleSet, clock.instant()), evaluation);
    }

    /** The decision record, and the evaluation it records. */
    public record Decided(StoredDecision decision, LeadEvaluation evaluation) {
    }
}
