package io.leadrules.app.decision;

import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import java.util.UUID;

/**
 * A decision made in a page but not yet recorded: its id and instant are fixed, so the lead can name it as its
 * current one before {@link PageDecisions#record} numbers and inserts it. {@code result} is the JSON the record will
 * hold, exactly as {@link DecisionJournal#record} writes it for one lead.
 */
public record DecisionDraft(UUID id, UUID leadId, EvaluationInput input, LeadEvaluation evaluation, ScoreResponse answer,
                            String result, String rulesetVersion, String rulesetHash, Instant decidedAt) {
}
