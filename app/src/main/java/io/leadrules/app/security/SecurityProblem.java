package io.leadrules.app.security;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of credentials, roles, people and keys, and of the limits that protect the service: who is not
 * signed in, who may not, too many failed logins or requests, a foreign origin. Slugs, statuses and texts are part of
 * the API: clients switch on the {@code type}. None says whether a key or a user exists to someone not signed in.
 */
public enum SecurityProblem implements ProblemType {

    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    TOO_MANY_FAILED_LOGINS("too-many-failed-logins", HttpStatus.TOO_MANY_REQUESTS),
    FOREIGN_ORIGIN("foreign-origin", HttpStatus.FORBIDDEN),
    INVALID_USER("invalid-user", HttpStatus.BAD_REQUEST),
    USER_NOT_FOUND("user-not-found", HttpStatus.NOT_FOUND),
    USER_EXISTS("user-exists", HttpStatus.CONFLICT),
    INVALID_API_KEY_REQUEST("invalid-api-key-request", HttpStatus.BAD_REQUEST),
    API_KEY_NOT_FOUND("api-key-not-found", HttpStatus.NOT_FOUND),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS);

    private final String slug;
    private final HttpStatus status;

    SecurityProblem(String slug, HttpStatus status) {
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
        public List<SecurityProblem> problemTypes() {
            return List.of(values());
        }
    }
}
