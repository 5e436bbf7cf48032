package io.leadrules.app.system;

import java.util.Locale;
import org.springframework.web.ErrorResponseException;

/** A request body grew past its {@link BodyLimit limit}, announced or while it streamed in. */
class PayloadTooLargeException extends ErrorResponseException implements TranslatableDetail {

    private final transient ProblemMessage size;
    private final transient BodyLimit limit;

    /** @param announced the Content-Length, or -1 when the body was streamed in chunks */
    PayloadTooLargeException(BodyLimit limit, long announced) {
        super(SystemProblem.PAYLOAD_TOO_LARGE.status(), SystemProblem.PAYLOAD_TOO_LARGE.problem(""), null);
        this.limit = limit;
        this.size = announced >= 0
                ? ProblemMessage.of("payload-too-large.detail.announced", announced, limit.bytes())
                : ProblemMessage.of("payload-too-large.detail.streamed", limit.bytes());
        getBody().setDetail(detail(Languages.ENGLISH));
    }

    @Override
    public ProblemType type() {
        return SystemProblem.PAYLOAD_TOO_LARGE;
    }

    /** The size, and what to send instead, in the language asked for. */
    @Override
    public String detail(Locale locale) {
        return size.in(locale) + " " + limit.advice().in(locale);
    }
}
