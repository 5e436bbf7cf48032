package io.leadrules.app.scoring.batch;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/**
 * Why one line of a batch got no score, worded as the problem {@code POST /api/v1/scores} would answer for it
 * (type, title, status, detail, and the members to change), so a client handles both the same way.
 */
record LineProblem(String type, String title, int status, String detail, List<Member> errors) {

    /**
     * A member of the line to change ({@code lead.companySize}, a CSV column) and what is wrong with it; named
     * {@code field} as in every problem's {@code errors}, so one client parser reads both.
     */
    record Member(String field, String message) {
    }

    LineProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static LineProblem of(ProblemType type, String detail, List<Member> errors) {
        return new LineProblem(type.uri().toString(), type.title(), type.status().value(), detail, errors);
    }

    static LineProblem of(ProblemException e) {
        return new LineProblem(e.type().uri().toString(), e.type().title(), e.type().status().value(),
                e.getMessage(), members(e.properties().get("errors")));
    }

    static LineProblem of(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties();
        return new LineProblem(String.valueOf(problem.getType()), problem.getTitle(), problem.getStatus(),
                problem.getDetail(), members(properties == null ? null : properties.get("errors")));
    }

    private static List<Member> members(Object errors) {
        if (!(errors instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(FieldProblem.class::isInstance).map(FieldProblem.class::cast)
                .map(problem -> new Member(problem.field(), problem.message())).toList();
    }
}
