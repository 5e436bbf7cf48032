package io.leadrules.app.idempotency;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of the {@code Idempotency-Key} header. Slugs, statuses and texts are part of the API. */
enum IdempotencyProblem implements ProblemType {

    INVALID_KEY("invalid-idempotency-key", HttpStatus.BAD_REQUEST, "The Idempotency-Key header is not usable",
            "The Idempotency-Key header was empty, given twice, longer than 255 characters, or held a character "
                    + "other than printable ASCII (a control character, for instance).",
            "Send one key of 1 to 255 printable ASCII characters; a random UUID is a good key."),
    KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
            "The Idempotency-Key was used for another request",
            "A request came with a key this credential already used, within the key's lifetime, for a request with "
                    + "another method, path, query, Content-Type or body. Nothing of this request was done.",
            "Use a new key for a new request; to repeat a request, re-send it exactly as it was first sent."),
    KEY_IN_FLIGHT("idempotency-key-in-flight", HttpStatus.CONFLICT,
            "A request with this Idempotency-Key is still running",
            "The first request with this key has not answered yet (or the service stopped while it ran, and its "
                    + "effect may or may not have happened). Nothing of this request was done.",
            "Retry later with the same key: once the first request has answered, its answer is repeated. If this "
                    + "lasts, check whether the first request's effect happened before using a new key."),
    ANSWER_WITHHELD("idempotency-answer-withheld", HttpStatus.CONFLICT,
            "The first answer to this Idempotency-Key is not repeated",
            "The first request with this key was answered, but its answer is not kept: it showed a secret once (a new "
                    + "API key, a generated password, a webhook's signing secret), or it was about a lead erased "
                    + "since. Nothing of this request was done.",
            "Read what the first request made at 'location' when it is given. A secret that was lost is replaced, "
                    + "not shown again: revoke the key and create another, reset the password, or give the webhook "
                    + "a new secret.");

    private final ProblemText text;

    IdempotencyProblem(String slug, HttpStatus status, String title, String when, String fix) {
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
        public List<IdempotencyProblem> problemTypes() {
            return List.of(values());
        }
    }
}
