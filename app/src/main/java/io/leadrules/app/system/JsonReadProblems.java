package io.leadrules.app.system;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Turns a body that could not be read into the problem a client can act on: which member, what was expected. Never
 * passes on Jackson's own messages where they name Java classes. Bulk scoring words its bad lines the same way.
 */
public final class JsonReadProblems {

    private static final String RESEND = " Change it and send the request again.";

    private JsonReadProblems() {
    }

    /**
     * The members a JSON text that could not be read gets wrong, worded as for a body; the detail alone when it names
     * no member. For input read piece by piece, such as one line of an NDJSON import.
     */
    @SuppressWarnings("unchecked")
    public static List<FieldProblem> problemsOf(JacksonException ex) {
        ProblemDetail problem = describe(ex);
        Map<String, Object> members = problem.getProperties();
        if (members != null && members.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            return (List<FieldProblem>) errors;
        }
        return List.of(new FieldProblem("", problem.getDetail()));
    }

    static ProblemDetail describe(Throwable ex) {
        Optional<ErrorResponse> tooLarge = cause(ex, PayloadTooLargeException.class).map(ErrorResponse.class::cast);
        if (tooLarge.isPresent()) {
            return tooLarge.get().getBody();
        }
        return describeCause(ex);
    }

    /** The problem of one JSON document that could not be read (a line of a bulk scoring request). */
    public static ProblemDetail describe(JacksonException ex) {
        return describeCause(ex);
    }

    private static ProblemDetail describeCause(Throwable ex) {
        Optional<PropertyBindingException> unknown = cause(ex, PropertyBindingException.class);
        if (unknown.isPresent()) {
            return unknownMember(unknown.get());
        }
        JacksonException jackson = cause(ex, JacksonException.class).orElse(null);
        if (jackson == null) {
            return SystemProblem.MALFORMED_JSON.problem("The request body is missing or cannot be read. Send one "
                    + "JSON object with Content-Type: application/json, for example {\"lead\": {\"email\": ...}}.");
        }
        if (!jackson.getPath().isEmpty()
                && (jackson instanceof MismatchedInputException || jackson instanceof InputCoercionException)) {
            return wrongType(jackson);
        }
        return malformed(jackson);
    }

    private static ProblemDetail unknownMember(PropertyBindingException ex) {
        String field = MemberPath.of(ex.getPath(), ex.getPropertyName());
        String known = known(ex.getKnownPropertyIds());
        String message = "is not a member the API knows; the members allowed here are " + known;
        return SystemProblem.UNKNOWN_MEMBER.problem(field + " " + message + ". A typo would otherwise lose data "
                + "silently, so the request is refused: rename or remove the member.",
                List.of(new FieldProblem(field, message)));
    }

    private static ProblemDetail wrongType(JacksonException ex) {
        String field = MemberPath.of(ex.getPath(), null);
        String message = expectation(ex) + received(ex);
        return SystemProblem.INVALID_MEMBER_TYPE.problem(field + " " + message + "." + RESEND,
                List.of(new FieldProblem(field, message)));
    }

    private static ProblemDetail malformed(JacksonException ex) {
        if (ex instanceof MismatchedInputException) {
            return SystemProblem.MALFORMED_JSON.problem("The body must be exactly one JSON object, like "
                    + "{\"lead\": {...}, \"activities\": [...]}, and nothing after it.");
        }
        return SystemProblem.MALFORMED_JSON.problem("The body is not valid JSON" + where(ex.getLocation()) + ": "
                + ex.getOriginalMessage() + "." + RESEND);
    }

    private static String expectation(JacksonException ex) {
        if (ex instanceof InputCoercionException) {
            return "is out of range: it must be a whole number from 0 to " + Integer.MAX_VALUE;
        }
        Class<?> target = ((MismatchedInputException) ex).getTargetType();
        if (target == null) {
            return "has a value of the wrong type";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (target == BigDecimal.class || Number.class.isAssignableFrom(target)) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false, without quotes";
        }
        if (target == String.class) {
            return "must be a text in double quotes";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 instant such as \"2026-11-22T12:00:00Z\"";
        }
        if (target == UUID.class) {
            return "must be an id: a UUID such as \"0b8f6a4e-3c1d-4f7a-9e2b-5d6c7a8b9c0d\"";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be a JSON object";
    }

    private static String received(JacksonException ex) {
        if (ex instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            return ", not \"" + shown + "\"";
        }
        JsonToken token = ex instanceof MismatchedInputException mismatch ? mismatch.getCurrentToken() : null;
        if (token == null) {
            return "";
        }
        return switch (token) {
            case VALUE_STRING -> ", not a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", not a number";
            case VALUE_TRUE, VALUE_FALSE -> ", not true or false";
            case START_OBJECT -> ", not an object";
            case START_ARRAY -> ", not an array";
            default -> "";
        };
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "none";
        }
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return String.join(", ", names);
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static <T> Optional<T> cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
