package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.ValidationWarning;
import java.util.List;
import java.util.Optional;

/**
 * Checks the Fit rows of one category against each other. Per category the row with the most points among those
 * that match counts, so two "between" rows on one field must not overlap (a lead in both would be scored by whichever
 * gives more, whatever the author meant), and a row whose leads an earlier row with at least as many points always
 * matches too can never count.
 */
final class FitRowChecks {

    private final TableReading cells;
    private final List<FitRow> rows;

    FitRowChecks(TableReading cells, List<FitRow> rows) {
        this.cells = cells;
        this.rows = rows;
    }

    /** An error at the Values cell of each "between" row that overlaps an earlier one on the same field. */
    void overlaps() {
        for (int j = 0; j < rows.size(); j++) {
            FitRow later = rows.get(j);
            rows.subList(0, j).stream().filter(earlier -> earlier.test() == FitTest.BETWEEN
                            && later.test() == FitTest.BETWEEN && sameField(earlier, later)
                            && earlier.range().overlaps(later.range())).findFirst()
                    .ifPresent(earlier -> cells.problem(later.table(), later.row(), "VALUES",
                            CompileMessage.of("fit.overlap",
                            later.values(), earlier.values(), earlier.label(), later.category())));
        }
    }

    /** A warning at the Rule ID cell of each row that an earlier row of its category always beats. */
    List<ValidationWarning> shadowed() {
        return rows.stream().flatMap(later -> winner(later).map(earlier -> ModelChecks.warning(later.table(),
                later.row(), "RULE_ID", later.ruleId(), "row " + later.row().number() + " (" + later.ruleId()
                        + ") can never count: " + earlier.label() + " matches every lead it matches and gives at "
                        + "least as many points (" + earlier.points() + " against " + later.points() + "); change its "
                        + "test or values, give it more points, or delete it")).stream()).toList();
    }

    private Optional<FitRow> winner(FitRow later) {
        return rows.subList(0, rows.indexOf(later)).stream()
                .filter(earlier -> sameField(earlier, later) && earlier.points() >= later.points())
                .filter(earlier -> covers(earlier, later)).findFirst();
    }

    /**
     * True when every lead the later row matches, the earlier one matches too: the same test and values, values that
     * are some of the earlier's ("is one of" API after "is one of" API, Lead Add Form; the same for words), or an
     * earlier row that takes any given value and a later one that needs a value.
     */
    private static boolean covers(FitRow earlier, FitRow later) {
        if (earlier.test() == later.test() && earlier.sameValues().equals(later.sameValues())) {
            return true;
        }
        boolean listed = later.test() == FitTest.IS_ONE_OF || later.test() == FitTest.CONTAINS_WORDS;
        if (earlier.test() == later.test() && listed
                && List.of(earlier.sameValues().split(",")).containsAll(List.of(later.sameValues().split(",")))) {
            return true;
        }
        return earlier.matchesAnyGivenValue() && later.test() != FitTest.IS_EMPTY;
    }

    private static boolean sameField(FitRow a, FitRow b) {
        return a.category().equals(b.category()) && a.field().name().equals(b.field().name());
    }
}
