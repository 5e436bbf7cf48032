package io.leadrules.app.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client-facing failure of a known kind: {@link ProblemAdvice} answers it as the problem of its {@link ProblemType},
 * with this detail and these extra members. Features throw their own subclasses (or this class) rather than build
 * responses.
 */
public class ProblemException extends RuntimeException implements TranslatableDetail {

    private final transient ProblemType type;
    private final transient ProblemMessage message;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    /** A detail in English only, whatever language the request asks for. */
    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
        this.message = null;
    }

    /** A detail said in the request's language; {@link #getMessage()} is its English. */
    public ProblemException(ProblemType type, ProblemMessage detail) {
        super(detail.in(Languages.ENGLISH));
        this.type = type;
        this.message = detail;
    }

    /** Adds a member to the problem body, for instance {@code leadId} or {@code errors}. */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Adds a response header, for instance {@code Retry-After} on a 503. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The detail in a language: in English when it was given as English text only. */
    @Override
    public String detail(Locale locale) {
        return message == null ? getMessage() : message.in(locale);
    }

    @Override
    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /**
     * The members of the problem body as said in a language; the same as {@link #properties()} unless a problem has
     * members written for people (a refused rule set's cell messages).
     */
    public Map<String, Object> properties(Locale locale) {
        return properties();
    }

    public Map<String, String> headers() {
        return headers;
    }
}
