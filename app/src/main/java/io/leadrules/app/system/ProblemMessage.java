package io.leadrules.app.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A problem's detail that the service says in the request's language: the key of its pattern in the problem bundle
 * ({@code lead-not-found.detail}) and the values that fill it. Values from a request are arguments only, so a path
 * or name holding {@code {0}} or a quote is shown as sent, never read as part of the pattern.
 */
public record ProblemMessage(String key, List<Object> arguments) {

    public ProblemMessage {
        arguments = List.copyOf(arguments);
    }

    /** Null arguments are shown as "null", as string concatenation would. */
    public static ProblemMessage of(String key, Object... arguments) {
        return new ProblemMessage(key, Arrays.stream(arguments).map(String::valueOf).map(Object.class::cast).toList());
    }

    /** The detail in a language. */
    public String in(Locale locale) {
        return ProblemTexts.format(key, locale, arguments.toArray());
    }
}
