package io.leadrules.app.decision;

import io.leadrules.app.trail.AuditTrail;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the record of a decision. Callers hold the lead's row lock, so sequence numbers never collide. A decision
 * is inserted once and never updated, with its audit entry (DECISION_RECORDED) in the same transaction.
 */
@Service
public class DecisionJournal {

    private final JdbcAggregateTemplate aggregates;
    private final DecisionStore decisions;
    private final DecisionSnapshots snapshots;
    private final CalibratedAnswers answers;
    private final AuditTrail trail;

    DecisionJournal(JdbcAggregateTemplate aggregates, DecisionStore decisions, DecisionSnapshots snapshots,
                    CalibratedAnswers answers, AuditTrail trail) {
        this.trail = trail;
        this.aggregates = aggregates;
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.answers = answers;
    }

    public StoredDecision record(UUID leadId, EvaluationInput input, LeadEvaluation evaluation, CompiledRuleSet rules,
                                 Instant decidedAt) {
        ScoreResponse result = answers.answer(evaluation);
        StoredDecision decision = new StoredDecision(UUID.randomUUID(), leadId,
                decisions.lastSequenceNumber(leadId) + 1, input.asOf(), decidedAt, rules.version(),
                rules.contentHash(), result.score(), result.stage(), result.temperature(), snapshots.write(input),
                snapshots.write(result));
        trail.recordDecision(decision.id(), leadId);
        return aggregates.insert(decision);
    }
}
