package io.leadrules.app.sandbox;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of checking an upload in the confined worker. Slugs, statuses and texts are part of the API: clients
 * switch on the {@code type}.
 */
public enum SandboxProblem implements ProblemType {

    RULESET_LIMIT_EXCEEDED("ruleset-limit-exceeded", HttpStatus.UNPROCESSABLE_CONTENT),
    SANDBOX_UNAVAILABLE("sandbox-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    UPLOAD_QUEUE_FULL("upload-queue-full", HttpStatus.SERVICE_UNAVAILABLE);

    private final String slug;
    private final HttpStatus status;

    SandboxProblem(String slug, HttpStatus status) {
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
        public List<SandboxProblem> problemTypes() {
            return List.of(values());
        }
    }
}
