package io.leadrules.app.backtest;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/** Checks a request's cut-off: a 400 {@code /problems/invalid-query} naming the member that is wrong. */
final class CutoffCheck {

    private static final List<String> QUERY = List.of("cutoffAt", "cutoffDays");

    private CutoffCheck() {
    }

    /**
     * The query of a dataset backtest names only {@code cutoffDays} and {@code cutoffAt}, each once: a misspelt
     * {@code ?cutoff=3} would otherwise be ignored, and the backtest run with the default cut-off.
     */
    static void checkQuery(MultiValueMap<String, String> query) {
        List<FieldProblem> problems = new ArrayList<>();
        query.forEach((name, values) -> {
            if (!QUERY.contains(name)) {
                problems.add(new FieldProblem(name, "is not a parameter of a dataset backtest; the parameters are "
                        + String.join(" and ", QUERY)));
            } else if (values.size() > 1) {
                problems.add(new FieldProblem(name, "is given " + values.size() + " times; give it once"));
            }
        });
        if (!problems.isEmpty()) {
            throw new ProblemException(SystemProblem.INVALID_QUERY, "Change these query parameters: " + problems
                    .stream().map(problem -> problem.field() + " " + problem.message())
                    .collect(Collectors.joining("; ")) + ".").with("errors", problems);
        }
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
