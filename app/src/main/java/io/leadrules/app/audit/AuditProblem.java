package io.leadrules.app.audit;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of reading the decision history: a decision that does not exist, an instant before the lead. Slugs,
 * statuses and texts are part of the API: clients switch on the {@code type}.
 */
public enum AuditProblem implements ProblemType {

    NOT_KNOWN_AT_INSTANT("not-known-at-instant", HttpStatus.NOT_FOUND, "The lead was not known at that instant",
            "A score as of an instant needs what the service knew then; the lead was created after it.",
            "Ask for an instant after the lead's createdAt."),
    DECISION_NOT_FOUND("decision-not-found", HttpStatus.NOT_FOUND, "No such decision",
            "No decision has this id.",
            "Check the id; a lead's decisions are listed at GET /api/v1/leads/{id}/decisions.");

    private final ProblemText text;

    AuditProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<AuditProblem> problemTypes() {
            return List.of(values());
        }
    }
}
