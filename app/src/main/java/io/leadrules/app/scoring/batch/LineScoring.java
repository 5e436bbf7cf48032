package io.leadrules.app.scoring.batch;

import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RunawayEvaluationException;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.List;
import java.util.function.Function;

/**
 * Answers one item on a worker thread: parses it when it is an NDJSON line, evaluates it with the batch's one rule
 * set, and words the answer (a summary, or the full answer with {@code explain}). A lead whose evaluation the firing
 * cap stopped gets an error line, as the single endpoint answers a problem.
 */
final class LineScoring implements Function<BatchItem, LineAnswer> {

    private final JsonLineReading json;
    private final BatchRequest request;

    LineScoring(JsonLineReading json, BatchRequest request) {
        this.json = json;
        this.request = request;
    }

    @Override
    public LineAnswer apply(BatchItem item) {
        BatchItem ready = item instanceof BatchItem.Unread unread
                ? json.read(unread, request.rules().attributes(), request.started()) : item;
        if (ready instanceof BatchItem.Refused refused) {
            return new LineAnswer.Failed(refused.line(), refused.id(), refused.externalId(), refused.problem());
        }
        return score((BatchItem.Scorable) ready);
    }

    private LineAnswer score(BatchItem.Scorable item) {
        String externalId = item.input().lead().externalId();
        CompiledRuleSet rules = request.rules();
        ScoreResponse answer;
        try {
            LeadEvaluation evaluation = request.evaluator().apply(item.input(), rules);
            answer = request.answers().apply(evaluation);
        } catch (RunawayEvaluationException e) {
            return new LineAnswer.Failed(item.line(), item.id(), externalId, LineProblem.of(
                    SystemProblem.RULE_EVALUATION_FAILED, "The rule " + e.ruleId() + " kept firing; the evaluation "
                            + "of this lead was stopped. Report the rule to whoever maintains the rules.", List.of()));
        }
        return request.explain() ? new LineAnswer.Full(item.line(), item.id(), externalId, answer)
                : LineAnswer.Summary.of(item.line(), item.id(), externalId, answer);
    }
}
