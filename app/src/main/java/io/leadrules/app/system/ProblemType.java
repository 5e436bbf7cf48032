package io.leadrules.app.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * A kind of problem the service answers with. The {@code type} URI ({@code /problems/<slug>}) is stable: clients may
 * switch on it, and the service serves a short page for each at that path. A type holds its slug and status; its
 * words (title, when, fix) live in the problem bundle, {@code i18n/problems*.properties}, keyed by slug, in every
 * language the service speaks ({@link ProblemTexts}). The generic kinds are
 * {@link SystemProblem}; each feature owns an enum of its own and lists it in a {@link ProblemCatalog}, so this
 * package knows no feature.
 */
public interface ProblemType {

    String BASE = "/problems/";

    /** The last segment of the {@code type} URI, for example {@code invalid-lead}. */
    String slug();

    HttpStatus status();

    /** The title in English, the default language. */
    default String title() {
        return title(Languages.ENGLISH);
    }

    default String title(Locale locale) {
        return text("title", locale);
    }

    /** When the problem happens, for its page, in English. */
    default String when() {
        return when(Languages.ENGLISH);
    }

    default String when(Locale locale) {
        return text("when", locale);
    }

    /** What to do about it, for its page, in English. */
    default String fix() {
        return fix(Languages.ENGLISH);
    }

    default String fix(Locale locale) {
        return text("fix", locale);
    }

    /** One of the type's texts, from the problem bundle (keyed by slug); the key itself if the bundle lacks it. */
    private String text(String part, Locale locale) {
        return ProblemTexts.format(slug() + "." + part, locale);
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
        return typed(problem, Languages.ENGLISH);
    }

    /** As {@link #typed(ProblemDetail)}, the title and detail of the status in a language. */
    static ProblemDetail typed(ProblemDetail problem, Locale locale) {
        boolean untyped = problem.getType() == null || "about:blank".equals(problem.getType().toString());
        Optional<ProblemType> byStatus = forStatus(HttpStatusCode.valueOf(problem.getStatus()));
        if (untyped && byStatus.isPresent()) {
            problem.setType(byStatus.get().uri());
            problem.setTitle(byStatus.get().title(locale));
            if (problem.getDetail() == null) {
                problem.setDetail(byStatus.get().fix(locale));
            }
        }
        return problem;
    }
}
