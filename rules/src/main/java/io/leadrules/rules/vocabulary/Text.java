package io.leadrules.rules.vocabulary;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text tests that decision-table cells use. Lists in a cell are comma separated ("chief, ceo, cto"); every
 * comparison ignores case and surrounding blanks.
 */
public final class Text {

    private static final int CACHED_PATTERNS = 256;
    /** Compiled patterns, least recently used first; rules use a handful of literal patterns. */
    private static final Map<String, Pattern> PATTERNS = Collections.synchronizedMap(
            new LinkedHashMap<>(32, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
                    return size() > CACHED_PATTERNS;
                }
            });

    private Text() {
    }

    /**
     * True when the whole value matches the regular expression. Runs on RE2/J, in time linear in the value, so a
     * pattern such as {@code (a*)*b} cannot hang scoring; back-references ({@code \1}) and look-arounds do not
     * exist there. A null value or a pattern that is not a valid expression gives false (a literal pattern in a
     * rule is checked when the rule set is uploaded).
     */
    public static boolean matchesPattern(String value, String pattern) {
        if (value == null || pattern == null) {
            return false;
        }
        Pattern compiled = compiled(pattern);
        return compiled != null && compiled.matches(value);
    }

    /** Why the pattern is not a valid expression for {@link #matchesPattern}, or null when it is. */
    public static String patternProblem(String pattern) {
        try {
            Pattern.compile(pattern);
            return null;
        } catch (PatternSyntaxException e) {
            return e.getDescription();
        }
    }

    private static Pattern compiled(String pattern) {
        Pattern cached = PATTERNS.get(pattern);
        if (cached != null) {
            return cached;
        }
        try {
            Pattern compiled = Pattern.compile(pattern);
            PATTERNS.put(pattern, compiled);
            return compiled;
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** True when the value is null, empty or only blanks. */
    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** True when both are given and equal, ignoring case and surrounding blanks. */
    public static boolean sameText(String value, String other) {
        return value != null && other != null && value.trim().equalsIgnoreCase(other.trim());
    }

    /**
     * True when the value equals one of the comma-separated entries, ignoring case. The entry {@code *} stands for
     * any given (non-blank) value.
     */
    public static boolean isOneOf(String value, String commaSeparated) {
        if (isBlank(value)) {
            return false;
        }
        return entries(commaSeparated).stream().anyMatch(entry -> entry.equals("*") || sameText(value, entry));
    }

    /**
     * True when the text contains one of the comma-separated words or phrases as whole words, ignoring case:
     * "Marketing Director" contains "director" but "Director" does not contain "cto".
     */
    public static boolean containsAnyWord(String text, String commaSeparated) {
        if (isBlank(text)) {
            return false;
        }
        String haystack = " " + words(text) + " ";
        return entries(commaSeparated).stream()
                .map(Text::words)
                .filter(phrase -> !phrase.isEmpty())
                .anyMatch(phrase -> haystack.contains(" " + phrase + " "));
    }

    private static List<String> entries(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Lower case, every run of characters that are not letters or digits folded into one blank. */
    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
