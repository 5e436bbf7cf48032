/**
 * What one evaluation takes ({@link io.leadrules.rules.evaluation.EvaluationInput}) and what it answers
 * ({@link io.leadrules.rules.evaluation.LeadEvaluation}): scores with their breakdowns, classification, next
 * actions, data-quality findings and every fired rule with its source.
 */
package io.leadrules.rules.evaluation;
