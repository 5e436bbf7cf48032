package io.leadrules.app.system;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * A kind of problem the service answers with. The {@code type} URI ({@code /problems/<slug>}) is stable: clients may
 * switch on it, and the service serves a short page for each at that path. The generic kinds are
 * {@link SystemProblem}; each feature owns an enum of its own and lists it in a {@link ProblemCatalog}, so this
 * package knows no feature.
 */
public interface ProblemType {

    String BASE = "/problems/";

    /** What the problem says (its slug, status, title, and when it happens and what to do, for its page). */
    ProblemText text();

    /** The last segment of the {@code type} URI, for example {@code invalid-lead}. */
    default String slug() {
        return text().slug();
    }

    default HttpStatus status() {
        return text().status();
    }

    default String title() {
        return text().title();
    }

    /** When the problem happens, for its page. */
    default String when() {
        return text().when();
    }

    /** What to do about it, for its page. */
    default String fix() {
        return text().fix();
    }

    default URI uri() {
        return URI.create(BASE + slug());
    }

    default ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(), detail);
        problem.setType(uri());
        problem.setTitle(title());
        return problem;
    }

    default ProblemDetail problem(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The problem type that stands for a plain HTTP status, for errors raised by the framework or the container. */
    static Optional<ProblemType> forStatus(HttpStatusCode status) {
        return Optional.ofNullable(switch (status.value()) {
            case 400 -> SystemProblem.BAD_REQUEST;
            case 404 -> SystemProblem.NOT_FOUND;
            case 405 -> SystemProblem.METHOD_NOT_ALLOWED;
            case 406 -> SystemProblem.NOT_ACCEPTABLE;
            case 413 -> SystemProblem.PAYLOAD_TOO_LARGE;
            case 415 -> SystemProblem.UNSUPPORTED_MEDIA_TYPE;
            case 500 -> SystemProblem.INTERNAL_ERROR;
            default -> null;
        });
    }

    /** The problem itself when it has a type; otherwise the problem with the type, title (and detail) of its status. */
    static ProblemDetail typed(ProblemDetail problem) {
        boolean untyped = problem.getType() == null || "about:blank".equals(problem.getType().toString());
        Optional<ProblemType> byStatus = forStatus(HttpStatusCode.valueOf(problem.getStatus()));
        if (untyped && byStatus.isPresent()) {
            problem.setType(byStatus.get().uri());
            problem.setTitle(byStatus.get().title());
            if (problem.getDetail() == null) {
                problem.setDetail(byStatus.get().fix());
            }
        }
        return problem;
    }
}
