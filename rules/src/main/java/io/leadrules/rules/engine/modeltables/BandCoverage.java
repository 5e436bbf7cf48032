package io.leadrules.rules.engine.modeltables;

import static io.leadrules.rules.engine.modeltables.ScoreBand.number;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;
import java.math.BigDecimal;
import java.util.List;

/**
 * Walks the bands of one table from the lowest: a gap or an overlap between neighbours, and the ends of the range
 * (from 0 up to {@code top}, or with no end when {@code top} is null).
 *
 * @param kind the table (Grades, Temperature, Decay): its messages name its values ("a fit score", "an age in days")
 */
record BandCoverage(String kind, BigDecimal top) {

    void check(List<ScoreBand> bands, List<CompileProblem> problems) {
        ScoreBand first = bands.get(0);
        if (first.range().from() != null && first.range().from().signum() > 0) {
            problems.add(first.problem(first.atLeastCell(), CompileMessage.of("band.gapAtStart." + kind,
                    number(first.range().from().subtract(BigDecimal.ONE)))));
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
            problems.add(upper.problem(upper.atLeastCell(), end == null
                    ? CompileMessage.of("band.overlapsOpen." + kind, lower.describe(), number(start))
                    : CompileMessage.of("band.overlaps." + kind, lower.describe(), number(start), number(end),
                    number(start.subtract(BigDecimal.ONE)))));
        } else if (start.compareTo(end) > 0) {
            problems.add(upper.problem(upper.atLeastCell(), CompileMessage.of("band.gap." + kind, number(end),
                    number(start.subtract(BigDecimal.ONE)), lower.describe())));
        }
    }

    private void end(ScoreBand last, List<CompileProblem> problems) {
        BigDecimal end = last.range().to();
        if (top == null && end != null) {
            problems.add(last.problem(last.atMostCell(), CompileMessage.of("band.closedEnd." + kind,
                    number(end.subtract(BigDecimal.ONE)))));
        } else if (top != null && end != null && end.compareTo(top) <= 0) {
            problems.add(last.problem(last.atMostCell(), CompileMessage.of("band.gapAtEnd." + kind, number(end),
                    number(top))));
        }
    }
}
