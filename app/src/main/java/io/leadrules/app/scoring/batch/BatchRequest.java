package io.leadrules.app.scoring.batch;

import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One batch: its formats in and out, whether answers carry the full explanation, the one rule set that scores every
 * line, how an evaluation becomes an answer (the endpoint adds the calibration in use), how a lead is evaluated (the
 * endpoint through {@code decision.Decisions}, with its firing cap and the evaluation metrics; the command straight,
 * with the default cap), and the instant the batch started (a line without {@code asOf} is scored at it).
 */
record BatchRequest(BatchFormat input, BatchFormat output, boolean explain, CompiledRuleSet rules,
                    Function<LeadEvaluation, ScoreResponse> answers,
                    BiFunction<EvaluationInput, CompiledRuleSet, LeadEvaluation> evaluator, Instant started) {
}
