package io.leadrules.app.system;

import org.springframework.web.ErrorResponseException;

/** A request body grew past {@code leadrules.scoring.max-body-size}, announced or while it streamed in. */
class PayloadTooLargeException extends ErrorResponseException {

    /** @param announced the Content-Length, or -1 when the body was streamed in chunks */
    PayloadTooLargeException(long limit, long announced) {
        super(ProblemType.PAYLOAD_TOO_LARGE.status(), ProblemType.PAYLOAD_TOO_LARGE.problem(
                (announced >= 0 ? "The body is " + announced + " bytes; the limit is " + limit + " bytes."
                        : "The body passed the limit of " + limit + " bytes while it streamed in.")
                        + " Send fewer or shorter activities in one request."), null);
    }
}
