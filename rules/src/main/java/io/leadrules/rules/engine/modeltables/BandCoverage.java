package io.leadrules.rules.engine.modeltables;

import static io.leadrules.rules.engine.modeltables.ScoreBand.number;

import io.leadrules.rules.engine.CompileProblem;
import java.math.BigDecimal;
import java.util.List;

/**
 * Walks the bands of one table from the lowest: a gap or an overlap between neighbours, and the ends of the range
 * (from 0 up to {@code top}, or with no end when {@code top} is null).
 *
 * @param what how a message names a value: "a fit score", "an age in days"
 */
record BandCoverage(String what, BigDecimal top) {

    void check(List<ScoreBand> bands, List<CompileProblem> problems) {
        ScoreBand first = bands.get(0);
        if (first.range().from() != null && first.range().from().signum() > 0) {
            problems.add(first.problem(first.atLeastCell(), "no band covers " + what + " from 0 to "
                    + number(first.range().from().subtract(BigDecimal.ONE)) + ": start this band at 0"));
        }
        for (int i = 1; i < bands.size(); i++) {
            neighbours(bands.get(i - 1), bands.get(i), problems);
        }
        end(bands.get(bands.size() - 1), problems);
    }

    private void neighbours(ScoreBand lower, ScoreBand upper, List<CompileProblem> problems) {
        BigDecimal end = lower.range().to();
        BigDecimal start = upper.range().from();
        if (end == null || start.compareTo(end) < 0) {
            problems.add(upper.problem(upper.atLeastCell(), "this band overlaps " + lower.describe() + ": "
                    + what + " of " + number(start) + " would match both; " + (end == null
                    ? "give that band an end" : "start this band at " + number(end) + " or end the other at "
                    + number(start.subtract(BigDecimal.ONE)))));
        } else if (start.compareTo(end) > 0) {
            problems.add(upper.problem(upper.atLeastCell(), "no band covers " + what + " from " + number(end)
                    + " to " + number(start.subtract(BigDecimal.ONE)) + ", between " + lower.describe()
                    + " and this band: start this band at " + number(end)));
        }
    }

    private void end(ScoreBand last, List<CompileProblem> problems) {
        BigDecimal end = last.range().to();
        if (top == null && end != null) {
            problems.add(last.problem(last.atMostCell(), "nothing covers " + what + " above "
                    + number(end.subtract(BigDecimal.ONE)) + ": leave this cell empty so the last band has no end"));
        } else if (top != null && end != null && end.compareTo(top) <= 0) {
            problems.add(last.problem(last.atMostCell(), "no band covers " + what + " from " + number(end)
                    + " to " + number(top) + ": end this band at " + number(top)));
        }
    }
}
