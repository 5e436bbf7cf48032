package io.leadrules.app.system;

import org.springframework.web.ErrorResponseException;

/** A request body grew past its {@link BodyLimit limit}, announced or while it streamed in. */
class PayloadTooLargeException extends ErrorResponseException {

    /** @param announced the Content-Length, or -1 when the body was streamed in chunks */
    PayloadTooLargeException(BodyLimit limit, long announced) {
        super(SystemProblem.PAYLOAD_TOO_LARGE.status(), SystemProblem.PAYLOAD_TOO_LARGE.problem(
                (announced >= 0 ? "The body is " + announced + " bytes; the limit is " + limit.bytes() + " bytes."
                        : "The body passed the limit of " + limit.bytes() + " bytes while it streamed in.")
                        + " " + limit.advice()), null);
    }
}
