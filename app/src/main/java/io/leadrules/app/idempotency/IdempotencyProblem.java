package io.leadrules.app.idempotency;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of the {@code Idempotency-Key} header. Slugs, statuses and texts are part of the API. */
enum IdempotencyProblem implements ProblemType {

    INVALID_KEY("invalid-idempotency-key", HttpStatus.BAD_REQUEST),
    KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT),
    KEY_IN_FLIGHT("idempotency-key-in-flight", HttpStatus.CONFLICT),
    ANSWER_WITHHELD("idempotency-answer-withheld", HttpStatus.CONFLICT);

    private final String slug;
    private final HttpStatus status;

    IdempotencyProblem(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<IdempotencyProblem> problemTypes() {
            return List.of(values());
        }
    }
}
