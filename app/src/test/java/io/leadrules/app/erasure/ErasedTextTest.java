package io.leadrules.app.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ErasedTextTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aQuotedValueIsReplacedWhateverItsCase() {
        ErasedText erased = ErasedText.of(Arrays.asList("Ana@X.com", "+34 612", null, " "));

        assertThat(erased.redact("'ana@x.com' is not a valid email address"))
                .isEqualTo("'[erased]' is not a valid email address");
        assertThat(erased.redact("'+34 612' does not look like a phone number"))
                .isEqualTo("'[erased]' does not look like a phone number");
    }

    @Test
    void aNameIsReplacedOnlyAsAWholeWordAndTheLongerValueFirst() {
        ErasedText erased = ErasedText.of(Arrays.asList("Al", "al@example.com"));

        assertThat(erased.redact("Also al and AL, and al@example.com")).isEqualTo("Also [erased] and [erased], and "
                + "[erased]");
    }

    @Test
    void identifiersWrittenByTheRulesAreKeptAndEveryOtherTextIsRedacted() {
        JsonNode result = json.readTree("""
                {"stage": "DISQUALIFIED", "dataQuality": [{"code": "TEST_LEAD", "field": "lead.firstName",
                 "severity": "ERROR", "message": "first name 'Test' is a test entry", "ruleId": "DQ-JUNK-TEST"}],
                 "firedRules": [{"ruleId": "DQ-JUNK-TEST", "name": "DQ-JUNK-TEST", "reason": "Test entries",
                 "source": {"file": "Test.drl", "sheet": null, "cell": null, "line": 3}}],
                 "future": {"note": "Test"}}""");

        ErasedText.of(Arrays.asList("test")).redactProse(result);

        assertThat(result.get("dataQuality").get(0).get("message").asString())
                .isEqualTo("first name '[erased]' is a [erased] entry");
        assertThat(result.get("dataQuality").get(0).get("ruleId").asString()).isEqualTo("DQ-JUNK-TEST");
        assertThat(result.get("firedRules").get(0).get("name").asString()).isEqualTo("DQ-JUNK-TEST");
        assertThat(result.get("firedRules").get(0).get("reason").asString()).isEqualTo("[erased] entries");
        assertThat(result.get("firedRules").get(0).get("source").get("file").asString()).isEqualTo("Test.drl");
        assertThat(result.get("future").get("note").asString()).isEqualTo("[erased]");
    }
}
