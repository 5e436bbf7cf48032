package io.leadrules.app.lead.imports;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of storing leads in bulk. Slugs, statuses and texts are part of the API: clients switch on the type. */
public enum LeadImportProblem implements ProblemType {

    IMPORT_NOT_FOUND("lead-import-not-found", HttpStatus.NOT_FOUND, "No such lead import",
            "No lead import has this id. Imports are started with POST /api/v1/scores/batch?store=true.",
            "Check the id, or list the imports with GET /api/v1/lead-imports."),
    STORING_NOT_ALLOWED("lead-import-not-allowed", HttpStatus.FORBIDDEN, "Storing leads needs the SCORER role",
            "?store=true stores leads as POST /api/v1/leads does, which only a SCORER may do; scoring without "
                    + "storing is open to more roles.",
            "Send the batch without store=true to score it only, or use a key that holds the SCORER role."),
    LINE_TOO_LONG("lead-import-line-too-long", HttpStatus.CONTENT_TOO_LARGE, "A line of the import is too long",
            "Each line is one POST /api/v1/leads body, and one line is longer than leadrules.lead-imports."
                    + "max-line-size. Nothing was queued.",
            "Split the lead's activities over several lines (the same person is updated, not duplicated)."),
    INVALID_FILE("lead-import-invalid-file", HttpStatus.BAD_REQUEST, "Line 1 of the CSV import cannot be used",
            "Line 1 of a CSV import names its columns, those of bulk scoring's CSV; a column is unknown, repeated or "
                    + "one only a backtest has (errors names each). Nothing was queued.",
            "Rename or remove the columns named in errors; docs/api.md \"Bulk scoring\" lists the columns."),
    TOO_MANY_LINES("lead-import-too-many-lines", HttpStatus.CONTENT_TOO_LARGE, "The import has too many lines",
            "The upload has more lines than leadrules.lead-imports.max-lines. Nothing was queued.",
            "Split the file into several imports: a lead sent twice is updated, never stored twice.");

    private final ProblemText text;

    LeadImportProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<LeadImportProblem> problemTypes() {
            return List.of(values());
        }
    }
}
