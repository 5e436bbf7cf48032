package io.leadrules.app.scoring;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of what a scoring request (or a stored lead's activities) may hold. Slugs, statuses and texts are part
 * of the API: clients switch on the {@code type}.
 */
public enum ScoringProblem implements ProblemType {

    TOO_MANY_ACTIVITIES("too-many-activities", HttpStatus.BAD_REQUEST),
    VERSION_NEEDS_RULE_ROLE("version-needs-rule-role", HttpStatus.FORBIDDEN);

    private final String slug;
    private final HttpStatus status;

    ScoringProblem(String slug, HttpStatus status) {
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
        public List<ScoringProblem> problemTypes() {
            return List.of(values());
        }
    }
}
