package io.leadrules.app.ruleset.upload;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of the files of a rule-set upload, found before anything is compiled: names, sizes, zips and workbooks.
 * Slugs, statuses and texts are part of the API: clients switch on the {@code type}.
 */
public enum UploadProblem implements ProblemType {

    NO_RULE_FILES("no-rule-files", HttpStatus.BAD_REQUEST),
    INVALID_FILE_NAME("invalid-file-name", HttpStatus.BAD_REQUEST),
    DUPLICATE_FILE_NAME("duplicate-file-name", HttpStatus.BAD_REQUEST),
    RULE_FILE_TOO_LARGE("rule-file-too-large", HttpStatus.CONTENT_TOO_LARGE),
    UNSAFE_ARCHIVE("unsafe-archive", HttpStatus.BAD_REQUEST),
    CORRUPT_RULE_FILE("corrupt-rule-file", HttpStatus.BAD_REQUEST),
    NOT_A_TEXT_FILE("not-a-text-file", HttpStatus.BAD_REQUEST),
    NOT_A_SPREADSHEET("not-a-spreadsheet", HttpStatus.BAD_REQUEST),
    PASSWORD_PROTECTED_SPREADSHEET("password-protected-spreadsheet", HttpStatus.BAD_REQUEST),
    UNSAFE_SPREADSHEET("unsafe-spreadsheet", HttpStatus.BAD_REQUEST),
    TOO_MANY_ROWS("too-many-rows", HttpStatus.BAD_REQUEST);

    private final String slug;
    private final HttpStatus status;

    UploadProblem(String slug, HttpStatus status) {
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
        public List<UploadProblem> problemTypes() {
            return List.of(values());
        }
    }
}
