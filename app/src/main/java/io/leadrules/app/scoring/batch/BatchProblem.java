package io.leadrules.app.scoring.batch;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of bulk scoring. {@code invalid-batch-file} answers the request; the others are error lines inside
 * an answer that goes on (their status says what the single endpoint would have answered).
 */
public enum BatchProblem implements ProblemType {

    INVALID_BATCH_FILE("invalid-batch-file", HttpStatus.BAD_REQUEST, "The batch file cannot be read",
            "Line 1 of a CSV batch is not a header the service can use: an unknown or repeated column, or not text. "
                    + "Nothing was scored.",
            "Fix the columns named in errors; docs/api.md (Bulk scoring) lists the columns."),
    INVALID_ROW("invalid-row", HttpStatus.BAD_REQUEST, "A row of the batch cannot be read",
            "A cell of a CSV batch row is not what its column takes (a number, an instant, the activity notation), "
                    + "is too long, or is not text. The row got this error line; the batch went on.",
            "Fix the cell named in errors and send that row again."),
    LINE_TOO_LONG("batch-line-too-long", HttpStatus.CONTENT_TOO_LARGE, "A line of the batch is too long",
            "A line of an NDJSON batch is longer than leadrules.batch.max-line-length characters. It was skipped "
                    + "without being read; the batch went on.",
            "Send fewer activities for that lead (5,000 at most), or split the line."),
    BATCH_CUT_SHORT("batch-cut-short", HttpStatus.BAD_REQUEST, "The batch stopped before its end",
            "Reading the batch failed after answers had been sent: the body passed leadrules.batch.max-body-size "
                    + "while it streamed in, or the connection broke. The lines before this one were answered.",
            "Send the lines after the last answered one again, in a smaller batch if the body was too large.");

    private final ProblemText text;

    BatchProblem(String slug, HttpStatus status, String title, String when, String fix) {
        this.text = new ProblemText(slug, status, title, when, fix);
    }

    @Override
    public ProblemText text() {
        return text;
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
