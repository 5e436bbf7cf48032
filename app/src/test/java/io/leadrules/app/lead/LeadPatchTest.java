package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.demoTwoDaysAgo;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.lead.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** PATCH /api/v1/leads/{id}: a JSON merge patch over the lead, checked like a POST, then a new decision. */
@FullServiceTest
class LeadPatchTest {

    @LocalServerPort
    int port;

    Api api;
    String tag;
    String lead;

    @BeforeEach
    void anSqlLead() {
        api = new Api(port);
        tag = tag();
        lead = api.store(ana(tag, "[" + demoTwoDaysAgo("e1") + "]"));
    }

    @Test
    void aPatchSetsClearsAndKeepsMembersAndMergesConsentMemberByMember() {
        JsonNode before = api.get(path()).json();

        Answer patched = api.patch(path(), """
                {"jobTitle": "Chief Marketing Officer", "phone": null, "annualRevenue": 1234567.891,
                 "consent": {"policyVersion": "2026-07"}}""");

        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        JsonNode lead = patched.json();
        assertThat(lead.get("jobTitle").asString()).isEqualTo("Chief Marketing Officer");
        assertThat(lead.get("phone").isNull()).isTrue();
        assertThat(lead.get("annualRevenue").decimalValue()).isEqualByComparingTo("1234567.89");
        assertThat(lead.get("company").asString()).isEqualTo("Acme Soft " + tag);
        assertThat(lead.get("consent").get("policyVersion").asString()).isEqualTo("2026-07");
        assertThat(lead.get("consent").get("dataProcessing").asBoolean()).isTrue();
        assertThat(lead.get("current").get("id").asString()).isNotEqualTo(before.get("current").get("id").asString());
        assertThat(api.get(path()).json()).isEqualTo(lead);
    }

    @Test
    void theNewDecisionJudgesThePatchedValues() {
        JsonNode lead = api.patch(path(), "{\"phone\": \"call me maybe\"}").json();

        assertThat(lead.get("current").get("dataQuality").valueStream().map(f -> f.get("code").asString()))
                .containsExactly("PHONE_INVALID");
    }

    @Test
    void plainJsonIsAcceptedTooButNotOtherMediaTypes() {
        assertThat(api.patch(path(), "{\"jobTitle\": \"CTO\"}", "application/json").status()).isEqualTo(200);
        api.patch(path(), "{\"jobTitle\": \"CTO\"}", "text/plain").isProblem(415, "/problems/unsupported-media-type");
    }

    @Test
    void anImpossibleValueIsA400NamingTheMemberAndChangesNothing() {
        JsonNode before = api.get(path()).json();

        assertThat(api.patch(path(), "{\"companySize\": -5, \"consent\": {\"policyVersion\": \"" + "v".repeat(101)
                + "\"}}").isProblem(400, "/problems/invalid-lead").errorFields())
                .containsExactly("companySize", "consent.policyVersion");
        assertThat(api.patch(path(), "{\"companySize\": \"lots\"}")
                .isProblem(400, "/problems/invalid-member-type").errorFields()).containsExactly("companySize");
        assertThat(api.patch(path(), "{\"consent\": {\"dataProcessing\": \"no\"}}")
                .isProblem(400, "/problems/invalid-member-type").errorFields())
                .containsExactly("consent.dataProcessing");
        assertThat(api.patch(path(), "{\"compnay\": \"Acme\"}")
                .isProblem(400, "/problems/unknown-member").errorFields()).containsExactly("compnay");
        assertThat(api.patch(path(), "{\"compnay\": null}")
                .isProblem(400, "/problems/unknown-member").errorFields()).containsExactly("compnay");
        api.patch(path(), "{\"id\": \"" + lead + "\"}").isProblem(400, "/problems/unknown-member");
        api.patch(path(), "[{\"op\": \"replace\"}]").isProblem(400, "/problems/malformed-json");
        api.patch(path(), "{\"jobTitle\": ").isProblem(400, "/problems/malformed-json");

        assertThat(api.get(path()).json()).isEqualTo(before);
    }

    @Test
    void anotherLeadsEmailOrExternalIdCannotBeTaken() {
        String other = tag();
        api.store(ana(other, null));

        assertThat(api.patch(path(), "{\"email\": \"ANA." + other.toUpperCase() + "@acme-soft.com\", "
                + "\"externalId\": \"crm-" + other + "\"}").isProblem(400, "/problems/invalid-lead").errorFields())
                .containsExactly("email", "externalId");
    }

    @Test
    void withdrawnConsentMakesTheLeadInvalidAtOnceAndItLeavesTheQueue() {
        assertThat(queue("").get("total").asInt()).isEqualTo(1);

        JsonNode lead = api.patch(path(), "{\"consent\": {\"dataProcessing\": false}}").json();

        assertThat(lead.get("current").get("stage").asString()).isEqualTo("INVALID");
        assertThat(lead.get("current").get("score").isNull()).isTrue();
        assertThat(lead.get("current").get("nextActions").get(0).get("code").asString())
                .isEqualTo("REQUEST_CONSENT");
        assertThat(queue("").get("total").asInt()).isZero();
        assertThat(queue("&stage=INVALID").get("items").get(0).get("id").asString())
                .isEqualTo(lead.get("id").asString());
    }

    @Test
    void anObjectionToProfilingMakesTheLeadInvalidAtOnce() {
        JsonNode lead = api.patch(path(), "{\"consent\": {\"profilingObjection\": true}}").json();

        assertThat(lead.get("current").get("stage").asString()).isEqualTo("INVALID");
        assertThat(lead.get("current").get("nextActions").get(0).get("code").asString()).isEqualTo("DO_NOT_PROFILE");
        assertThat(queue("").get("total").asInt()).isZero();
    }

    @Test
    void clearingTheConsentAltogetherMakesTheLeadInvalid() {
        JsonNode lead = api.patch(path(), "{\"consent\": null}").json();

        assertThat(lead.get("consent").isNull()).isTrue();
        assertThat(lead.get("current").get("stage").asString()).isEqualTo("INVALID");
    }

    private JsonNode queue(String more) {
        return api.get("/api/v1/leads?q=" + tag + more).json();
    }

    private String path() {
        return "/api/v1/leads/" + lead;
    }
}
