package io.leadrules.app.scoring;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of what a scoring request (or a stored lead's activities) may hold. Slugs, statuses and texts are part
 * of the API: clients switch on the {@code type}.
 */
public enum ScoringProblem implements ProblemType {

    TOO_MANY_ACTIVITIES("too-many-activities", HttpStatus.BAD_REQUEST, "Too many activities",
            "The request carries more activities than the service accepts in one request "
                    + "(leadrules.scoring.max-activities, 5,000 by default).",
            "Send only the most recent activities: anything older than 180 days scores nothing."),
    VERSION_NEEDS_RULE_ROLE("version-needs-rule-role", HttpStatus.FORBIDDEN, "Scoring with a chosen version needs a "
            + "rule role", "POST /api/v1/scores?version=N names a rule version, and the caller holds neither "
            + "RULE_EDITOR nor RULE_DEVELOPER: keys of web forms and integrations score with the active version only.",
            "Leave ?version= out to score with the active version, or use a key of a rule editor.");

    private final ProblemText text;

    ScoringProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<ScoringProblem> problemTypes() {
            return List.of(values());
        }
    }
}
