package io.leadrules.app.lead;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of stored leads and their activities. Slugs, statuses and texts are part of the API: clients switch on
 * the {@code type}.
 */
public enum LeadProblem implements ProblemType {

    ACTIVITY_CONFLICT("activity-conflict", HttpStatus.CONFLICT),
    LEAD_NOT_FOUND("lead-not-found", HttpStatus.NOT_FOUND),
    LEAD_ERASED("lead-erased", HttpStatus.GONE);

    private final String slug;
    private final HttpStatus status;

    LeadProblem(String slug, HttpStatus status) {
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
        public List<LeadProblem> problemTypes() {
            return List.of(values());
        }
    }
}
