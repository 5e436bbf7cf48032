package io.leadrules.app.lead;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of stored leads and their activities. Slugs, statuses and texts are part of the API: clients switch on
 * the {@code type}.
 */
public enum LeadProblem implements ProblemType {

    ACTIVITY_CONFLICT("activity-conflict", HttpStatus.CONFLICT, "An activity id is taken by another activity",
            "An activity was posted under an id the lead already has (or twice in one request) with other content: "
                    + "another type, occurredAt, detail, value or property. The id is the key that keeps an event "
                    + "from counting twice, so the stored activity stays and nothing of the request was stored.",
            "Read errors (each member that differs, with the stored and the sent value): give a different event a "
                    + "new id; re-send an event exactly as it was first sent, or not at all."),
    LEAD_NOT_FOUND("lead-not-found", HttpStatus.NOT_FOUND, "No such lead",
            "No lead has this id. Lead ids are the UUIDs POST /api/v1/leads answers with.",
            "Check the id, or create the lead with POST /api/v1/leads."),
    LEAD_ERASED("lead-erased", HttpStatus.GONE, "The lead was erased",
            "The person asked to be forgotten: the lead's identifying data was removed. Its decision records stay, "
                    + "without personal data, for the audit trail.",
            "Nothing to change. A new lead with the same email is a new person.");

    private final ProblemText text;

    LeadProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<LeadProblem> problemTypes() {
            return List.of(values());
        }
    }
}
