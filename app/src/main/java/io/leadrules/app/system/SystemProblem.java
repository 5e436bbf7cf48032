package io.leadrules.app.system;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of any request, whatever feature answers it: the body cannot be read, the path or method or media type
 * is not served, a query parameter or a validated member is wrong, an evaluation ran away, or the service failed.
 * Framework and container errors get these by their status ({@link ProblemType#forStatus}). Slugs, statuses and texts
 * are part of the API: clients switch on the {@code type}.
 */
public enum SystemProblem implements ProblemType {

    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST),
    INVALID_MEMBER_TYPE("invalid-member-type", HttpStatus.BAD_REQUEST),
    UNKNOWN_MEMBER("unknown-member", HttpStatus.BAD_REQUEST),
    INVALID_LEAD("invalid-lead", HttpStatus.BAD_REQUEST),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST),
    INVALID_QUERY("invalid-query", HttpStatus.BAD_REQUEST),
    RULE_EVALUATION_FAILED("rule-evaluation-failed", HttpStatus.INTERNAL_SERVER_ERROR),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final HttpStatus status;

    SystemProblem(String slug, HttpStatus status) {
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
        public List<SystemProblem> problemTypes() {
            return List.of(values());
        }
    }
}
