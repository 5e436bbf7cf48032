package io.leadrules.app.scoring.batch;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of bulk scoring. {@code invalid-batch-file} answers the request; the others are error lines inside
 * an answer that goes on (their status says what the single endpoint would have answered).
 */
public enum BatchProblem implements ProblemType {

    INVALID_BATCH_FILE("invalid-batch-file", HttpStatus.BAD_REQUEST),
    INVALID_BATCH_FORM("invalid-batch-form", HttpStatus.BAD_REQUEST),
    INVALID_ROW("invalid-row", HttpStatus.BAD_REQUEST),
    INVALID_ACTIVITY_ROW("invalid-activity-row", HttpStatus.BAD_REQUEST),
    UNJOINED_ACTIVITIES("unjoined-activities", HttpStatus.UNPROCESSABLE_CONTENT),
    LINE_TOO_LONG("batch-line-too-long", HttpStatus.CONTENT_TOO_LARGE),
    BATCH_BUSY("batch-busy", HttpStatus.SERVICE_UNAVAILABLE),
    BATCH_CUT_SHORT("batch-cut-short", HttpStatus.BAD_REQUEST);

    private final String slug;
    private final HttpStatus status;

    BatchProblem(String slug, HttpStatus status) {
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
        public List<BatchProblem> problemTypes() {
            return List.of(values());
        }
    }
}
