package io.leadrules.rules.evaluation;

/** How much fit and engagement weigh in the combined score, in percent. */
public record ScoreWeights(Integer fit, Integer engagement) {
}
