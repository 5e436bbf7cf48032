package io.leadrules.app.lead.outcome;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of outcomes and their imports (unknown and erased leads are {@code LeadProblem}'s). Slugs, statuses
 * and texts are part of the API: clients switch on the {@code type}.
 */
public enum OutcomeProblem implements ProblemType {

    OUTCOME_CONFLICT("outcome-conflict", HttpStatus.CONFLICT),
    IMPORT_COLUMNS("outcome-import-columns", HttpStatus.BAD_REQUEST),
    IMPORT_UNREADABLE("outcome-import-unreadable", HttpStatus.BAD_REQUEST);

    private final String slug;
    private final HttpStatus status;

    OutcomeProblem(String slug, HttpStatus status) {
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
        public List<OutcomeProblem> problemTypes() {
            return List.of(values());
        }
    }
}
