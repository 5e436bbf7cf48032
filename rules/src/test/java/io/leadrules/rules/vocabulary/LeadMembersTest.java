package io.leadrules.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Lead#memberEqualTo} compares the email's local part in place (every JunkWords row asks it for every lead,
 * twice); it must answer exactly as the plain definition: the local part cut, trimmed and lower-cased
 * ({@link Lead#emailLocalPart}), then compared with the word ignoring case and blanks.
 */
class LeadMembersTest {

    private static final String ALPHABET = "aAtTeEsS @@ .\t\u00e9\u00c9\u0130i\u0131\u00df";

    @Test
    void theEmailsLocalPartIsFoundIgnoringCaseAndBlanks() {
        assertThat(lead(" Test @acme.com").memberEqualTo("test")).isEqualTo("lead.email");
        assertThat(lead("a@b@test").memberEqualTo("a@b")).isEqualTo("lead.email");
        assertThat(lead("tester@acme.com").memberEqualTo("test")).isNull();
        assertThat(lead("test").memberEqualTo("test")).isNull();
        assertThat(lead("test@acme.com").memberEqualTo(null)).isNull();
    }

    @Test
    void randomAddressesAndWordsGetTheAnswersOfThePlainDefinition() {
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            Lead lead = lead(random(random, 8));
            String word = random(random, 4);
            boolean plain = Text.sameText(lead.emailLocalPart(), word);
            assertThat("lead.email".equals(lead.memberEqualTo(word)))
                    .as("memberEqualTo(%s) of %s", word, lead.email()).isEqualTo(plain);
        }
    }

    private static Lead lead(String email) {
        return new Lead(null, null, null, email, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static String random(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
