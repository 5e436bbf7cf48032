package io.leadrules.app.scoring;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 400 {@code /problems/invalid-lead} for members the endpoints check themselves (beyond Bean Validation), worded
 * as for a body. Lives with the lead data it judges, so that scoring and the stored-lead endpoints share one wording.
 */
public final class InvalidLead {

    /** The detail names this many members; {@code errors} lists them all. */
    private static final int DETAILED_ERRORS = 10;

    private InvalidLead() {
    }

    public static ProblemException of(List<FieldProblem> problems) {
        List<FieldProblem> errors = problems.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message)).toList();
        String detail = errors.stream().limit(DETAILED_ERRORS).map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; "));
        String more = errors.size() > DETAILED_ERRORS
                ? "; and " + (errors.size() - DETAILED_ERRORS) + " more in errors" : "";
        return new ProblemException(SystemProblem.INVALID_LEAD, "Fix these members and send the request again: "
                + detail + more + ".").with("errors", errors);
    }

    public static ProblemException of(String field, String message) {
        return of(List.of(new FieldProblem(field, message)));
    }
}
