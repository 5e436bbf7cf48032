package io.leadrules.app.kafka;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.JsonReadProblems;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;

/**
 * Why an event was refused, in the words the HTTP post would have answered with: the same problem type, title,
 * detail and {@code errors} (English: an event carries no language). A failure that is no client's mistake is an
 * {@code internal-error}, logged with its cause, so that a poison event still leaves the partition.
 */
final class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private Refusals() {
    }

    static ProblemDetail problemOf(Throwable failure) {
        if (failure instanceof ProblemException known) {
            ProblemDetail problem = known.type().problem(asEvent(known.getMessage()));
            known.properties().forEach((name, value) -> problem.setProperty(name, asEvent(value)));
            return problem;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return JsonReadProblems.describe(jackson);
            }
        }
        log.error("An activity event could not be stored; it goes to the dead-letter topic", failure);
        return SystemProblem.INTERNAL_ERROR.problem("The service failed to store this event (its log says why); "
                + "send it again once that is mended.");
    }

    /**
     * A refused event was posted alone, so a problem of the post names its activity {@code activities[0]}: for the
     * event it is {@code activity}, the member the producer wrote.
     */
    private static String asEvent(String text) {
        return text == null ? null : text.replace("activities[0]", "activity");
    }

    private static Object asEvent(Object value) {
        if (value instanceof List<?> list && list.stream().allMatch(FieldProblem.class::isInstance)) {
            return list.stream().map(FieldProblem.class::cast)
                    .map(p -> new FieldProblem(asEvent(p.field()), asEvent(p.message()))).toList();
        }
        return value;
    }

    /** The problem as the JSON body the HTTP API would answer. */
    static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** The first member the problem names ({@code errors[0].field}), or empty when it names none. */
    static String field(ProblemDetail problem) {
        return firstError(problem).map(FieldProblem::field).orElse("");
    }

    /** What is wrong with that member, or the detail when the problem names no member. */
    static String message(ProblemDetail problem) {
        return firstError(problem).map(FieldProblem::message).orElse(problem.getDetail());
    }

    private static Optional<FieldProblem> firstError(ProblemDetail problem) {
        Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty()
                && list.get(0) instanceof FieldProblem first) {
            return Optional.of(first);
        }
        return Optional.empty();
    }
}
