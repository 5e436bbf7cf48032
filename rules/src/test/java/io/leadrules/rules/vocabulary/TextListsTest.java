package io.leadrules.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Text#isOneOf} and {@link Text#containsAnyWord} walk their comma-separated list in place (constraints call
 * them for every fact); they must answer exactly as the plain definition: split on commas, trim, drop empty entries,
 * compare ignoring case, and for words fold every run of non-letters and non-digits into one blank.
 */
class TextListsTest {

    private static final String ALPHABET = "aAbBzZ09 ,,,*-/.\t\u00e9\u00c9\u2163\u0130\u00df";

    @Test
    void listsAreReadAsCommaSeparatedEntriesIgnoringCaseAndBlanks() {
        assertThat(Text.isOneOf(" Software ", "retail, SOFTWARE ,saas")).isTrue();
        assertThat(Text.isOneOf("soft", "software")).isFalse();
        assertThat(Text.isOneOf("anything", " , *")).isTrue();
        assertThat(Text.isOneOf("  ", "*")).isFalse();
        assertThat(Text.isOneOf("x", null)).isFalse();
        assertThat(Text.containsAnyWord("Directeur G\u00e9n\u00e9ral / CTO", "cto, ceo")).isTrue();
        assertThat(Text.containsAnyWord("Director", "cto")).isFalse();
        assertThat(Text.containsAnyWord("VP, Sales-Ops", "sales ops")).isTrue();
    }

    @Test
    void randomTextsAndListsGetTheAnswersOfThePlainDefinition() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String value = random(random, 6);
            String list = random(random, 14);
            assertThat(Text.isOneOf(value, list)).as("isOneOf(%s, %s)", value, list).isEqualTo(isOneOf(value, list));
            assertThat(Text.containsAnyWord(value, list)).as("containsAnyWord(%s, %s)", value, list)
                    .isEqualTo(containsAnyWord(value, list));
        }
    }

    @Test
    void aListAskedForAgainGetsTheSameAnswersAlsoAfterMoreListsThanTheCacheKeeps() {
        assertThat(Text.containsAnyWord("Head of Sales-Ops", "sales ops, cto")).isTrue();
        for (int i = 0; i < 1_500; i++) {
            assertThat(Text.containsAnyWord("word" + i + " x", "y, WORD" + i)).isTrue();
            assertThat(Text.containsAnyWord("word" + i, "y, word" + (i + 1))).isFalse();
        }
        assertThat(Text.containsAnyWord("Head of Sales-Ops", "sales ops, cto")).isTrue();
        assertThat(Text.containsAnyWord("Salesops", "sales ops, cto")).isFalse();
    }

    private static String random(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static boolean isOneOf(String value, String list) {
        return !Text.isBlank(value) && entries(list).stream()
                .anyMatch(entry -> entry.equals("*") || value.trim().equalsIgnoreCase(entry.trim()));
    }

    private static boolean containsAnyWord(String text, String list) {
        if (Text.isBlank(text)) {
            return false;
        }
        String haystack = " " + words(text) + " ";
        return entries(list).stream().map(TextListsTest::words).filter(phrase -> !phrase.isEmpty())
                .anyMatch(phrase -> haystack.contains(" " + phrase + " "));
    }

    private static List<String> entries(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
