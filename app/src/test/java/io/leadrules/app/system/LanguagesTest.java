package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which language an Accept-Language header gets: Spanish when it asks for it, English for everything else. */
class LanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"es", "ES", "es-ES", "es-419", "es;q=0.9,en;q=0.8", "en;q=0.5, es", "fr, es;q=0.5",
            "fr-CA,fr;q=0.9,es-MX;q=0.8", " es "})
    void aRequestThatPrefersSpanishOverEnglishGetsSpanish(String header) {
        assertThat(Languages.negotiate(header)).isEqualTo(Languages.SPANISH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"en", "en-GB", "fr", "de-DE, it;q=0.5", "*", "es;q=0", "en, es;q=0.9", "x-klingon"})
    void aRequestThatAsksForNoSpanishGetsEnglish(String header) {
        assertThat(Languages.negotiate(header)).isEqualTo(Languages.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es;q=abc", "es;q=2", "es;q=-1", ";;;,,,", "es-", "-es", "es;;q=0.5", "es,,,,en",
            "{0}", "es'", "es;q=0.5;q=0.9", "\u00e9s", "es\u0000", "es-ES-x-aaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aHeaderThatCannotBeParsedIsAsIfAbsentAndNeverFails(String header) {
        Locale chosen = Languages.negotiate(header);

        assertThat(chosen).isIn(Languages.SUPPORTED);
    }

    @Test
    void anOverlongHeaderIsNotParsedAtAll() {
        String header = "es," + "fr;q=0.1,".repeat(Languages.MAX_HEADER_LENGTH / 9 + 1);

        assertThat(Languages.negotiate("es," + "fr;q=0.1,".repeat(10))).isEqualTo(Languages.SPANISH);
        assertThat(Languages.negotiate(header)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void aLocaleChosenElsewhereIsNarrowedToALanguageTheServiceSpeaks() {
        assertThat(Languages.supported(Locale.forLanguageTag("es-AR"))).isEqualTo(Languages.SPANISH);
        assertThat(Languages.supported(Locale.GERMANY)).isEqualTo(Languages.ENGLISH);
    }
}
