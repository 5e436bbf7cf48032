package io.leadrules.rules.engine;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What a {@link CompileProblem} says, in any language the rules speak: the key of its pattern in the bundle
 * {@code io/leadrules/rules/i18n/compile*.properties} (English the default, Spanish beside it) and the values from the
 * upload that fill it. A value is always an argument, never part of a pattern: a cell holding {@code {0}} or a quote
 * is shown as typed. The arguments are texts, so a number from a cell reads the same in every language.
 */
public record CompileMessage(String key, List<String> arguments) {

    static final String BUNDLE = "io.leadrules.rules.i18n.compile";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public CompileMessage {
        arguments = List.copyOf(arguments);
    }

    /** Null arguments read "null", as string concatenation would. */
    public static CompileMessage of(String key, Object... arguments) {
        return new CompileMessage(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message in a language (English when the bundle has no translation); fails on a key no bundle has. */
    public String in(Locale locale) {
        return pattern(key, locale).map(p -> new MessageFormat(p, locale).format(arguments.toArray()))
                .orElseThrow(() -> new IllegalArgumentException("No compile message " + key));
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The pattern of a key in a language, falling back to English; empty when no bundle has the key. */
    static Optional<String> pattern(String key, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale, CompileMessage.class.getClassLoader(),
                    NO_FALLBACK).getString(key));
        } catch (MissingResourceException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
