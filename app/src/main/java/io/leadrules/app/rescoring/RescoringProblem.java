package io.leadrules.app.rescoring;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of rescoring jobs. Slugs, statuses and texts are part of the API: clients switch on the {@code type}.
 */
public enum RescoringProblem implements ProblemType {

    RESCORING_JOB_NOT_FOUND("rescoring-job-not-found", HttpStatus.NOT_FOUND, "No such rescoring job",
            "No rescoring job has this id. Jobs are started with POST /api/v1/rescoring-jobs.",
            "Check the id.");

    private final ProblemText text;

    RescoringProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<RescoringProblem> problemTypes() {
            return List.of(values());
        }
    }
}
