package io.leadrules.app.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MergePatchTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void membersAreSetClearedOrKeptAndObjectsMergeMemberByMember() {
        JsonNode target = json.readTree("""
                {"jobTitle": "CMO", "phone": "+34 1", "company": "Acme",
                 "consent": {"dataProcessing": true, "policyVersion": "1"}}""");

        JsonNode patched = MergePatch.apply(target, json.readTree("""
                {"jobTitle": "CTO", "phone": null, "consent": {"policyVersion": "2"}}"""));

        assertThat(patched).isEqualTo(json.readTree("""
                {"jobTitle": "CTO", "phone": null, "company": "Acme",
                 "consent": {"dataProcessing": true, "policyVersion": "2"}}"""));
        assertThat(target.get("jobTitle").asString()).as("the target is not changed").isEqualTo("CMO");
    }

    @Test
    void anObjectPatchOverNothingOrAScalarStartsFromAnEmptyObject() {
        JsonNode patched = MergePatch.apply(json.readTree("{\"consent\": null}"),
                json.readTree("{\"consent\": {\"dataProcessing\": false}}"));

        assertThat(patched).isEqualTo(json.readTree("{\"consent\": {\"dataProcessing\": false}}"));
    }

    @Test
    void aValueThatIsNotAnObjectReplacesWhatWasThere() {
        assertThat(MergePatch.apply(json.readTree("{\"consent\": {\"dataProcessing\": true}}"),
                json.readTree("{\"consent\": \"yes\"}")).get("consent").asString()).isEqualTo("yes");
        assertThat(MergePatch.apply(json.readTree("{\"a\": 1}"), json.readTree("[1]")).isArray()).isTrue();
    }

    @Test
    void aNullMemberStaysInTheResultSoAnUnknownNameIsStillSeen() {
        assertThat(MergePatch.apply(json.readTree("{}"), json.readTree("{\"compnay\": null}")).has("compnay"))
                .isTrue();
    }
}
