package io.leadrules.app.audit;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of reading the decision history: a decision that does not exist, an instant before the lead. Slugs,
 * statuses and texts are part of the API: clients switch on the {@code type}.
 */
public enum AuditProblem implements ProblemType {

    NOT_KNOWN_AT_INSTANT("not-known-at-instant", HttpStatus.NOT_FOUND),
    DECISION_NOT_FOUND("decision-not-found", HttpStatus.NOT_FOUND);

    private final String slug;
    private final HttpStatus status;

    AuditProblem(String slug, HttpStatus status) {
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
        public List<AuditProblem> problemTypes() {
            return List.of(values());
        }
    }
}
