package io.leadrules.app.jobs;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems every kind of background job shares. Slugs, statuses and texts are part of the API: clients switch on
 * the {@code type}. (A job that does not exist is each kind's own 404, such as {@code simulation-not-found}.)
 */
public enum JobProblem implements ProblemType {

    JOB_ALREADY_FINISHED("job-already-finished", HttpStatus.CONFLICT);

    private final String slug;
    private final HttpStatus status;

    JobProblem(String slug, HttpStatus status) {
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

    /** The 409 for cancelling a job of this kind ({@code "simulation"}) that had already ended in this state. */
    public static ProblemException alreadyFinished(String kind, UUID id, JobState state) {
        return new ProblemException(JOB_ALREADY_FINISHED, "The " + kind + " " + id + " had already finished ("
                + state + "): there is nothing left to cancel.").with("jobId", id).with("state", state.name());
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<JobProblem> problemTypes() {
            return List.of(values());
        }
    }
}
