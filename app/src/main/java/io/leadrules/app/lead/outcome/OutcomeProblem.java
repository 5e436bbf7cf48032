package io.leadrules.app.lead.outcome;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of outcomes and their imports (unknown and erased leads are {@code LeadProblem}'s). Slugs, statuses
 * and texts are part of the API: clients switch on the {@code type}.
 */
public enum OutcomeProblem implements ProblemType {

    OUTCOME_CONFLICT("outcome-conflict", HttpStatus.CONFLICT, "The lead has this outcome at this instant already",
            "An outcome was posted that the lead already has at the same occurredAt, with another amount or "
                    + "currency. Outcome and instant are the key that keeps a re-sent outcome from counting twice, so "
                    + "the stored one stays.",
            "Read stored: re-send the outcome exactly as it was first sent, or not at all; a different event needs "
                    + "its own instant."),
    IMPORT_COLUMNS("outcome-import-columns", HttpStatus.BAD_REQUEST, "The header row of the import is not usable",
            "The first line of a CSV import names its columns. Each must be one of leadId, externalId, outcome, "
                    + "occurredAt, amount, currency, at most once; outcome, occurredAt and one of leadId or externalId "
                    + "are required. Nothing was imported.",
            "Rename or remove the column named in column, and send the file again."),
    IMPORT_UNREADABLE("outcome-import-unreadable", HttpStatus.BAD_REQUEST, "The import cannot be read past a line",
            "The CSV is broken at the line named in line (a quote never closed, more cells than the header has "
                    + "columns, a cell longer than the limit): nothing from there on can be read with certainty. The "
                    + "chunks before it were stored (imported, duplicates and rejected count them).",
            "Fix the line and send the whole file again: the rows already stored come back as duplicates.");

    private final ProblemText text;

    OutcomeProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<OutcomeProblem> problemTypes() {
            return List.of(values());
        }
    }
}
