package io.leadrules.rules.evaluation;

import java.util.List;

/** Who the lead is: 0-100 (null when not scored), the letter grade and the points per category. */
public record FitResult(Integer score, String grade, List<BreakdownEntry> breakdown) {
}
