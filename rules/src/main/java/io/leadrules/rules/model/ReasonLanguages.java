package io.leadrules.rules.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The languages a rule's reason may be written in besides the default one. A table carries a translation in a column
 * headed {@code Reason (es)} beside its {@code Reason} column (English, the default); a DRL rule in a
 * {@code @reason_es("...")} annotation beside its {@code @reason}. A language is a two-letter ISO 639-1 code on the
 * JDK's list ({@link Locale#getISOLanguages()}), without a region: a header is data, checked against that list.
 */
public final class ReasonLanguages {

    /** The language of the plain {@code Reason} column and of {@code @reason}. */
    public static final String DEFAULT = "en";

    private static final Set<String> ISO_639_1 = Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toUnmodifiableSet());
    /** Anything that starts like a language column, well written or not: it is either accepted or refused. */
    private static final Pattern LOOKS_LIKE = Pattern.compile("reason\\s*\\(.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("reason\\s*\\(\\s*([a-z]{2})\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNOTATION = Pattern.compile("reason_([a-z]{2})");

    private ReasonLanguages() {
    }

    /** True for a header that names a language column, well written ({@code Reason (es)}) or not ({@code Reason (zz)}). */
    public static boolean isLanguageHeader(String header) {
        return header != null && LOOKS_LIKE.matcher(header.strip()).matches();
    }

    /** The translation language a header names ({@code Reason(ES)} is {@code es}); empty for anything else. */
    public static Optional<String> languageOf(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = HEADER.matcher(header.strip());
        return matcher.matches() ? translation(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The translation language of a DRL annotation ({@code reason_es} is {@code es}); empty for any other name. */
    public static Optional<String> ofAnnotation(String name) {
        Matcher matcher = ANNOTATION.matcher(name);
        return matcher.matches() ? translation(matcher.group(1)) : Optional.empty();
    }

    /** A known ISO 639-1 code other than the default language, which the plain reason already holds. */
    private static Optional<String> translation(String code) {
        return ISO_639_1.contains(code) && !DEFAULT.equals(code) ? Optional.of(code) : Optional.empty();
    }
}
