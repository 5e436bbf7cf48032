package io.leadrules.rules.vocabulary;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final int CACHED_LISTS = 1024;
    /** Folded phrases by list, for {@link #containsAnyWord}. */
    private static final Map<String, String[]> PHRASES = new ConcurrentHashMap<>();

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
     * any given (non-blank) value. Rule constraints call this for every fact they test, so it walks the list in
     * place rather than splitting it.
     */
    public static boolean isOneOf(String value, String commaSeparated) {
        if (isBlank(value) || commaSeparated == null) {
            return false;
        }
        int valueStart = skipBlanks(value, 0);
        int valueLength = trimmedEnd(value, value.length()) - valueStart;
        int from = 0;
        while (from <= commaSeparated.length()) {
            int comma = commaSeparated.indexOf(',', from);
            int to = comma < 0 ? commaSeparated.length() : comma;
            int start = skipBlanks(commaSeparated, from);
            int length = trimmedEnd(commaSeparated, to) - start;
            if (length == 1 && commaSeparated.charAt(start) == '*' || length == valueLength && length > 0
                    && commaSeparated.regionMatches(true, start, value, valueStart, length)) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }

    /**
     * True when the text contains one of the comma-separated words or phrases as whole words, ignoring case:
     * "Marketing Director" contains "director" but "Director" does not contain "cto".
     */
    public static boolean containsAnyWord(String text, String commaSeparated) {
        if (isBlank(text) || commaSeparated == null) {
            return false;
        }
        String haystack = " " + words(text) + " ";
        for (String phrase : phrases(commaSeparated)) {
            if (haystack.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The list's phrases folded as {@link #words} folds them, each between blanks (" sales ops "), empty ones left
     * out. Kept by list: a rule's list is a literal asked for with every lead, and folding it again each time was
     * most of what a Role row allocated (five objects per phrase). The cache is cleared when full, so a rule that
     * passes a lead's own text as the list cannot make it grow.
     */
    private static String[] phrases(String commaSeparated) {
        String[] phrases = PHRASES.get(commaSeparated);
        if (phrases == null) {
            phrases = Arrays.stream(commaSeparated.split(",", -1)).map(Text::words).filter(p -> !p.isEmpty())
                    .map(p -> " " + p + " ").toArray(String[]::new);
            if (PHRASES.size() >= CACHED_LISTS) {
                PHRASES.clear();
            }
            PHRASES.put(commaSeparated, phrases);
        }
        return phrases;
    }

    /** The first index from {@code from} on whose character is not a blank (as {@link String#trim()} sees it). */
    private static int skipBlanks(String text, int from) {
        int index = from;
        while (index < text.length() && text.charAt(index) <= ' ') {
            index++;
        }
        return index;
    }

    /** The end of the text before {@code to} without its trailing blanks (as {@link String#trim()} sees them). */
    private static int trimmedEnd(String text, int to) {
        int end = to;
        while (end > 0 && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return end;
    }

    /**
     * Lower case, every run of characters that are not letters or digits ({@code [^\p{L}\p{N}]}) folded into one
     * blank, without blanks at either end.
     */
    private static String words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder(lower.length());
        boolean gap = false;
        for (int index = 0; index < lower.length(); ) {
            int codePoint = lower.codePointAt(index);
            index += Character.charCount(codePoint);
            if (Character.isLetter(codePoint) || isNumber(codePoint)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                gap = false;
                words.appendCodePoint(codePoint);
            } else {
                gap = true;
            }
        }
        return words.toString();
    }

    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
