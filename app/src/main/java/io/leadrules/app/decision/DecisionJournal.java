package io.leadrules.app.decision;

import io.leadrules.app.trail.AuditTrail;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the record of a decision. Callers hold the lead's row lock, so sequence numbers never collide. A decision
 * is inserted once and never updated, with its audit entry (DECISION_RECORDED) in the same transaction, where
 * {@link DecisionsRecorded} is published too (webhooks write their outbox there).
 */
@Service
public class DecisionJournal {

    private final JdbcAggregateTemplate aggregates;
    private final DecisionStore decisions;
    private final DecisionSnapshots snapshots;
    private final CalibratedAnswers answers;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;

    DecisionJournal(JdbcAggregateTemplate aggregates, DecisionStore decisions, DecisionSnapshots snapshots,
                    CalibratedAnswers answers, AuditTrail trail, ApplicationEventPublisher events) {
        this.events = events;
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
        StoredDecision inserted = aggregates.insert(decision);
        events.publishEvent(new DecisionsRecorded(List.of(new DecisionsRecorded.Recorded(inserted.id(), leadId,
                inserted.sequenceNumber(), inserted.score(), inserted.stage(), inserted.temperature(),
                inserted.rulesetVersion(), decidedAt))));
        return inserted;
    }
}
