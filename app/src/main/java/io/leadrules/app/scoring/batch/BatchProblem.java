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
    INVALID_BATCH_FORM("invalid-batch-form", HttpStatus.BAD_REQUEST, "The batch form cannot be scored",
            "A multipart/form-data batch has no part leads, a part twice, or a part other than leads and "
                    + "activities. Nothing was scored.",
            "Send the leads CSV as the part leads and the activities CSV as the part activities, nothing else."),
    INVALID_ROW("invalid-row", HttpStatus.BAD_REQUEST, "A row of the batch cannot be read",
            "A cell of a CSV batch row is not what its column takes (a number, an instant, the activity notation), "
                    + "is too long, or is not text. The row got this error line; the batch went on.",
            "Fix the cell named in errors and send that row again."),
    INVALID_ACTIVITY_ROW("invalid-activity-row", HttpStatus.BAD_REQUEST, "An activity of this lead cannot be read",
            "A row of the activities file that names this lead (or whose lead cell cannot be read, read while this "
                    + "lead was) has a cell that is not what its column takes, or the lead has more activities than "
                    + "allowed. The lead got this error line; the batch went on.",
            "Fix the activities file's cell named in errors (its line and column) and send that lead again."),
    UNJOINED_ACTIVITIES("unjoined-activities", HttpStatus.UNPROCESSABLE_CONTENT,
            "Activities name no lead at their place",
            "Rows of the activities file were left when the leads ended: they name a lead the leads file does not "
                    + "have, or one it had already passed (the activities are not grouped in the order of the "
                    + "leads). The leads after the first such row were scored without activities from the file.",
            "Group the activities by lead in the order of the leads file, each naming its lead's id (or line "
                    + "number when the leads file has no id column), and send those leads again."),
    LINE_TOO_LONG("batch-line-too-long", HttpStatus.CONTENT_TOO_LARGE, "A line of the batch is too long",
            "A line of an NDJSON batch is longer than leadrules.batch.max-line-length characters. It was skipped "
                    + "without being read; the batch went on.",
            "Send fewer activities for that lead (5,000 at most), or split the line."),
    BATCH_BUSY("batch-busy", HttpStatus.SERVICE_UNAVAILABLE, "Too many batches at once",
            "As many batches as leadrules.batch.max-concurrent allows were being scored when this one arrived. "
                    + "Nothing was read or scored.",
            "Send the batch again after the Retry-After seconds, or one batch after another."),
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
