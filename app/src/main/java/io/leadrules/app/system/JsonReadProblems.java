package io.leadrules.app.system;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 * passes on Jackson's own messages where they name Java classes. Said in the request's language (the parser's own
 * words on malformed JSON stay its English); bulk scoring and lead imports word their bad lines the same way, in
 * English.
 */
public final class JsonReadProblems {

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

    /** The problem of a body that could not be read, in a language. */
    static ProblemDetail describe(Throwable ex, Locale locale) {
        Optional<ErrorResponse> tooLarge = cause(ex, PayloadTooLargeException.class).map(ErrorResponse.class::cast);
        if (tooLarge.isPresent()) {
            return tooLarge.get().getBody();
        }
        return describeCause(ex, locale);
    }

    /** The problem of one JSON document that could not be read (a line of a bulk scoring request). */
    public static ProblemDetail describe(JacksonException ex) {
        return describeCause(ex, Languages.ENGLISH);
    }

    private static ProblemDetail describeCause(Throwable ex, Locale locale) {
        Optional<PropertyBindingException> unknown = cause(ex, PropertyBindingException.class);
        if (unknown.isPresent()) {
            return unknownMember(unknown.get(), locale);
        }
        JacksonException jackson = cause(ex, JacksonException.class).orElse(null);
        if (jackson == null) {
            return SystemProblem.MALFORMED_JSON.problem(say(locale, "malformed-json.detail.missing"));
        }
        if (!jackson.getPath().isEmpty()
                && (jackson instanceof MismatchedInputException || jackson instanceof InputCoercionException)) {
            return wrongType(jackson, locale);
        }
        return malformed(jackson, locale);
    }

    private static ProblemDetail unknownMember(PropertyBindingException ex, Locale locale) {
        String field = MemberPath.of(ex.getPath(), ex.getPropertyName());
        String message = say(locale, "unknown-member.detail.message", known(ex.getKnownPropertyIds(), locale));
        return SystemProblem.UNKNOWN_MEMBER.problem(say(locale, "unknown-member.detail", field, message),
                List.of(new FieldProblem(field, message)));
    }

    private static ProblemDetail wrongType(JacksonException ex, Locale locale) {
        String field = MemberPath.of(ex.getPath(), null);
        String message = expectation(ex, locale) + received(ex, locale);
        return SystemProblem.INVALID_MEMBER_TYPE.problem(say(locale, "invalid-member-type.detail", field, message),
                List.of(new FieldProblem(field, message)));
    }

    private static ProblemDetail malformed(JacksonException ex, Locale locale) {
        if (ex instanceof MismatchedInputException) {
            return SystemProblem.MALFORMED_JSON.problem(say(locale, "malformed-json.detail.one-object"));
        }
        return SystemProblem.MALFORMED_JSON.problem(say(locale, "malformed-json.detail",
                where(ex.getLocation(), locale), ex.getOriginalMessage()));
    }

    private static String expectation(JacksonException ex, Locale locale) {
        if (ex instanceof InputCoercionException) {
            return say(locale, "invalid-member-type.detail.range", Integer.MAX_VALUE);
        }
        return say(locale, expected(((MismatchedInputException) ex).getTargetType()));
    }

    /** The key of what a member of this Java type must be. */
    private static String expected(Class<?> target) {
        if (target == null) {
            return "invalid-member-type.detail.wrong-type";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "invalid-member-type.detail.whole-number";
        }
        if (target == BigDecimal.class || Number.class.isAssignableFrom(target)) {
            return "invalid-member-type.detail.number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "invalid-member-type.detail.boolean";
        }
        if (target == String.class) {
            return "invalid-member-type.detail.text";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "invalid-member-type.detail.instant";
        }
        if (target == UUID.class) {
            return "invalid-member-type.detail.uuid";
        }
        return Collection.class.isAssignableFrom(target) || target.isArray() ? "invalid-member-type.detail.array"
                : "invalid-member-type.detail.object";
    }

    private static String received(JacksonException ex, Locale locale) {
        if (ex instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            return say(locale, "invalid-member-type.detail.not-value", shown);
        }
        JsonToken token = ex instanceof MismatchedInputException mismatch ? mismatch.getCurrentToken() : null;
        if (token == null) {
            return "";
        }
        return switch (token) {
            case VALUE_STRING -> say(locale, "invalid-member-type.detail.not-text");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> say(locale, "invalid-member-type.detail.not-number");
            case VALUE_TRUE, VALUE_FALSE -> say(locale, "invalid-member-type.detail.not-boolean");
            case START_OBJECT -> say(locale, "invalid-member-type.detail.not-object");
            case START_ARRAY -> say(locale, "invalid-member-type.detail.not-array");
            default -> "";
        };
    }

    private static String known(Collection<Object> ids, Locale locale) {
        if (ids == null || ids.isEmpty()) {
            return say(locale, "unknown-member.detail.none");
        }
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return String.join(", ", names);
    }

    private static String where(TokenStreamLocation location, Locale locale) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return say(locale, "malformed-json.detail.where", location.getLineNr(), location.getColumnNr());
    }

    private static String say(Locale locale, String key, Object... arguments) {
        return ProblemMessage.of(key, arguments).in(locale);
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
