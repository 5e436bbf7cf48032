package io.leadrules.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading of the common instant agrees with the ISO-8601 parser, and leaves every other text to it. */
class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T10:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "2024-02-29T12:30:45Z", "1900-01-01T00:00:00Z"})
    void readsTheCommonShapeAsTheIsoParserDoes(String text) {
        assertThat(IsoInstants.utcSeconds(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-20T10:00:00Z", "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z",
            "2026-11-20T24:00:00Z", "2026-11-20T10:60:00Z", "2026-11-20T10:00:60Z", "2026-+1-20T10:00:00Z",
            "2026-11-20T10:00:00.5Z", "2026-11-20T10:00:00+01:00", "2026-11-20 10:00:00Z", "2026-11-20T10:00:00z",
            "2026-11-20T10:00:00", "１２３４-11-20T10:00:00Z", ""})
    void leavesEveryOtherTextToTheIsoParser(String text) {
        assertThat(IsoInstants.utcSeconds(text)).isNull();
    }
}
