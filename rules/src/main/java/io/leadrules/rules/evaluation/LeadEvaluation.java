package io.leadrules.rules.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * The answer for one lead: scores, classification, next actions, data quality and the fired rules that explain
 * all of it. An INVALID lead (no consent, or an objection to profiling) has no score, temperature, funnel stage or
 * priority.
 */
public record LeadEvaluation(String rulesetVersion, Instant asOf, boolean valid, Integer score, ScoreWeights weights,
                             FitResult fit, EngagementResult engagement, String temperature, String stage,
                             String funnelStage, String priority, List<NextAction> nextActions,
                             List<DataQualityFinding> dataQuality, List<FiredRule> firedRules) {
}
