package io.leadrules.app.sandbox;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The problems of checking an upload in the confined worker. Slugs, statuses and texts are part of the API: clients
 * switch on the {@code type}.
 */
public enum SandboxProblem implements ProblemType {

    RULESET_LIMIT_EXCEEDED("ruleset-limit-exceeded", HttpStatus.UNPROCESSABLE_CONTENT,
            "The rule set needs more than an upload may use",
            "Every upload is compiled, tested and made to score one very large lead in a separate, confined worker "
                    + "before anything is stored. This rule set hit one of the worker's limits: limit says which "
                    + "(heap: memory; cpu: processor time; wall-clock: total time; evaluation-time: one score took too "
                    + "long; firings: a rule keeps triggering itself; stack: rules call themselves without end) and "
                    + "after says after how long. Nothing was stored and the live rules did not change.",
            "Simplify the rule the detail names (a rule that adds what it matches itself, waits, or compares every "
                    + "activity with every other one) and upload again. The limits are leadrules.sandbox.*."),
    SANDBOX_UNAVAILABLE("sandbox-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "Uploads cannot be checked right now",
            "The worker process that checks uploads stopped for a reason that has nothing to do with the upload "
                    + "(it was killed, or could not start). A fresh worker is being started. Nothing was stored; "
                    + "scoring is not affected.",
            "Upload again after the seconds in the Retry-After header."),
    UPLOAD_QUEUE_FULL("upload-queue-full", HttpStatus.SERVICE_UNAVAILABLE, "Too many uploads are waiting",
            "Uploads are checked one at a time, in the order they arrive. Too many were already waiting "
                    + "(leadrules.sandbox.queue-length), or this one waited longer than leadrules.sandbox.queue-wait. "
                    + "Nothing was stored.",
            "Upload again after the seconds in the Retry-After header.");

    private final ProblemText text;

    SandboxProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<SandboxProblem> problemTypes() {
            return List.of(values());
        }
    }
}
