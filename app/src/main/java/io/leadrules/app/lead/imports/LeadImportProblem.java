package io.leadrules.app.lead.imports;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of storing leads in bulk. Slugs, statuses and texts are part of the API: clients switch on the type. */
public enum LeadImportProblem implements ProblemType {

    IMPORT_NOT_FOUND("lead-import-not-found", HttpStatus.NOT_FOUND),
    STORING_NOT_ALLOWED("lead-import-not-allowed", HttpStatus.FORBIDDEN),
    LINE_TOO_LONG("lead-import-line-too-long", HttpStatus.CONTENT_TOO_LARGE),
    INVALID_FILE("lead-import-invalid-file", HttpStatus.BAD_REQUEST),
    TOO_MANY_LINES("lead-import-too-many-lines", HttpStatus.CONTENT_TOO_LARGE);

    private final String slug;
    private final HttpStatus status;

    LeadImportProblem(String slug, HttpStatus status) {
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
        public List<LeadImportProblem> problemTypes() {
            return List.of(values());
        }
    }
}
