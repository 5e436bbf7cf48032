package io.leadrules.app.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client-facing failure of a known kind: {@link ProblemAdvice} answers it as the problem of its {@link ProblemType},
 * with this detail and these extra members. Features throw their own subclasses (or this class) rather than build
 * responses.
 */
public class ProblemException extends RuntimeException {

    private final transient ProblemType type;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
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

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
