package io.leadrules.rules.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text tests that decision-table cells use. Lists in a cell are comma separated ("chief, ceo, cto"); every
 * comparison ignores case and surrounding blanks.
 */
public final class Text {

    private Text() {
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
