package io.leadrules.app.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The canonical form and the decision digests, without a service: what makes erasure differ from tampering. */
class CanonicalDigestsTest {

    static final String INPUT = """
            {"lead": {"email": "ana@x.com", "firstName": "Ana", "jobTitle": "CTO", "annualRevenue": 12000000.00,
             "attributes": {"plan": "gold"}},
             "activities": [{"id": "a1", "type": "DEMO_REQUESTED", "detail": "Ana asked", "properties": {"p": "q"}}],
             "asOf": "2026-11-22T12:00:00Z"}""";
    static final String RESULT = """
            {"score": 63, "stage": "SQL", "rulesFired": [{"ruleId": "FIT-1", "reason": "Ana is a CTO"}]}""";
    static final String ERASED_INPUT = """
            {"lead": {"email": null, "firstName": null, "jobTitle": "CTO", "annualRevenue": 12000000.00,
             "attributes": null},
             "activities": [{"id": "a1", "type": "DEMO_REQUESTED", "detail": null, "properties": null}],
             "asOf": "2026-11-22T12:00:00Z"}""";
    static final String ERASED_RESULT = """
            {"score": 63, "stage": "SQL", "rulesFired": [{"ruleId": "FIT-1", "reason": "[erased] is a CTO"}]}""";

    final DecisionDigests digests = new DecisionDigests(JsonMapper.builder().build());
    final byte[] salt = "a salt of the lead, thirty-two b".getBytes();

    @Test
    void membersInAnyOrderGiveTheSameTextAndNumbersKeepTheirScale() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", new BigDecimal("12.50"));
        one.put("a", List.of(1, "x\"y", Instant.parse("2026-11-22T12:00:00.123456789Z")));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", one.get("a"));
        other.put("b", one.get("b"));

        assertThat(Canonical.json(one)).isEqualTo(Canonical.json(other))
                .isEqualTo("{\"a\":[1,\"x\\\"y\",\"2026-11-22T12:00:00.123456Z\"],\"b\":12.50}");
    }

    @Test
    void stringsAreEscapedAsJacksonEscapesThemAndTreesAsTheirMaps() {
        String awkward = "quote \" backslash \\ newline \n tab \t bell \u0007 \u00e9 \u20ac / end";
        JsonMapper json = JsonMapper.builder().build();

        assertThat(Canonical.json(awkward)).isEqualTo(json.writeValueAsString(awkward));
        assertThat(Canonical.json(json.readTree("{\"b\": [1, 2.5, {\"d\": null, \"c\": true}], \"a\": \"x\"}")))
                .isEqualTo("{\"a\":\"x\",\"b\":[1,2.5,{\"c\":true,\"d\":null}]}");
    }

    @Test
    void numbersAreWrittenAsTheyWereReadWhateverTheirSize() {
        JsonMapper exact = JsonMapper.builder().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

        assertThat(Canonical.json(exact.readTree("""
                {"int": -7, "long": 12345678901234, "huge": 123456789012345678901234567890,
                 "scaled": 12000000.00, "exponent": 1E+3, "zero": 0, "text": "plain words, then a \\"quote\\""}""")))
                .isEqualTo("{\"exponent\":1000,\"huge\":123456789012345678901234567890,\"int\":-7,"
                        + "\"long\":12345678901234,\"scaled\":12000000.00,\"text\":\"plain words, then a "
                        + "\\\"quote\\\"\",\"zero\":0}");
    }

    @Test
    void anErasedDecisionKeepsItsNonPersonalDigest() {
        AuditDigest recorded = digests.of(decision(INPUT, RESULT, 63), salt);

        DecisionColumns erased = decision(ERASED_INPUT, ERASED_RESULT, 63);

        assertThat(AuditDigest.of(digests.plain(erased), recorded.personalDigest()).digest())
                .isEqualTo(recorded.digest());
        assertThat(digests.pseudonymised(erased)).isTrue();
        assertThat(digests.pseudonymised(decision(INPUT, RESULT, 63))).isFalse();
    }

    @Test
    void anEditedScoreOrEditedPersonalDataChangesTheDigest() {
        AuditDigest recorded = digests.of(decision(INPUT, RESULT, 63), salt);

        assertThat(AuditDigest.of(digests.plain(decision(INPUT, RESULT, 64)), recorded.personalDigest()).digest())
                .isNotEqualTo(recorded.digest());
        assertThat(digests.of(decision(INPUT.replace("ana@x.com", "eve@x.com"), RESULT, 63), salt).personalDigest())
                .isNotEqualTo(recorded.personalDigest());
    }

    @Test
    void noPersonalValueReachesADigestInTheClear() {
        String plain = digests.plain(decision(INPUT, RESULT, 63));

        assertThat(plain).doesNotContain("ana@x.com", "Ana", "gold", "asked", "\"q\"").contains("CTO", "FIT-1");
    }

    private static DecisionColumns decision(String input, String result, int score) {
        return new DecisionColumns(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                UUID.fromString("00000000-0000-0000-0000-000000000002"), 1, Instant.parse("2026-11-22T12:00:00Z"),
                Instant.parse("2026-11-22T12:00:00Z"), "1", "hash", score, "SQL", "WARM", input, result);
    }
}
