package io.leadrules.app.backtest;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Checks a request's cut-off: a 400 {@code /problems/invalid-query} naming the member that is wrong. */
final class CutoffCheck {

    private CutoffCheck() {
    }

    static Cutoff check(BacktestRequest request, int defaultDays, Instant now) {
        BacktestRequest given = request == null ? new BacktestRequest(null, null) : request;
        if (given.cutoffDays() != null && given.cutoffAt() != null) {
            throw invalid("cutoffAt", "cannot be given with cutoffDays: give one of the two (a fixed instant for "
                    + "every lead, or days after each lead's creation)");
        }
        if (given.cutoffAt() != null) {
            if (given.cutoffAt().isAfter(now)) {
                throw invalid("cutoffAt", "must not be in the future: it is " + now + " now, not "
                        + given.cutoffAt());
            }
            return new Cutoff(null, given.cutoffAt().truncatedTo(ChronoUnit.MILLIS));
        }
        int days = given.cutoffDays() == null ? defaultDays : given.cutoffDays();
        if (days < 0 || days > BacktestRequest.MAX_DAYS) {
            throw invalid("cutoffDays", "must be between 0 and " + BacktestRequest.MAX_DAYS + ", not " + days);
        }
        return new Cutoff(days, null);
    }

    private static ProblemException invalid(String field, String message) {
        FieldProblem problem = new FieldProblem(field, message);
        return new ProblemException(SystemProblem.INVALID_QUERY, "Change this member of the backtest request: "
                + field + " " + message + ".").with("errors", List.of(problem));
    }
}
