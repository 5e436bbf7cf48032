package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.activity;
import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.demoTwoDaysAgo;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.lead.Api.Answer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/leads: the same person is one lead, whoever sends them and however often. */
@FullServiceTest
class LeadRegistrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void theSameExternalIdUpdatesTheLeadKeepingTheNewestValueOfEachMember() {
        String tag = tag();
        String id = api.store(ana(tag, null));

        Answer again = api.post("/api/v1/leads", TestLeads.request("""
                "externalId": "crm-%s", "jobTitle": "Chief Marketing Officer", "company": null,
                "consent": {"dataProcessing": true, "policyVersion": "2026-07"}""".formatted(tag), null));

        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.location()).isNull();
        assertThat(again.json().get("id").asString()).isEqualTo(id);
        assertThat(again.json().get("merged").asBoolean()).isTrue();
        JsonNode lead = api.get("/api/v1/leads/" + id).json();
        assertThat(lead.get("jobTitle").asString()).isEqualTo("Chief Marketing Officer");
        assertThat(lead.get("company").asString()).as("null is not newer").isEqualTo("Acme Soft " + tag);
        assertThat(lead.get("phone").asString()).as("absent is not newer").isEqualTo("+34 612 345 678");
        assertThat(lead.get("consent").get("policyVersion").asString()).isEqualTo("2026-07");
        assertThat(lead.get("consent").get("profilingObjection").asBoolean()).isFalse();
        assertThat(lead.get("current").get("id").asString())
                .isEqualTo(again.json().get("decision").get("id").asString());
    }

    @Test
    void theSameEmailInAnotherCaseIsTheSamePersonWhenNoExternalIdDecides() {
        String tag = tag();
        String id = api.store(TestLeads.request("\"email\": \"Ana." + tag + "@Acme-Soft.com\", \"firstName\": \"Ana\"",
                null));

        Answer again = api.post("/api/v1/leads", TestLeads.request("\"email\": \"  ana." + tag.toUpperCase()
                + "@ACME-SOFT.COM \", \"externalId\": \"crm-" + tag + "\", \"lastName\": \"Garcia\"", null));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(id);
        JsonNode lead = api.get("/api/v1/leads/" + id).json();
        assertThat(lead.get("firstName").asString()).isEqualTo("Ana");
        assertThat(lead.get("lastName").asString()).isEqualTo("Garcia");
        assertThat(lead.get("externalId").asString()).isEqualTo("crm-" + tag);
    }

    @Test
    void theExternalIdWinsOverAnEmailThatBelongsToAnotherLead() {
        String a = tag();
        String b = tag();
        String leadA = api.store(ana(a, null));
        String leadB = api.store(ana(b, null));

        Answer answer = api.post("/api/v1/leads", TestLeads.request("\"externalId\": \"crm-" + a
                + "\", \"email\": \"ana." + b + "@acme-soft.com\", \"jobTitle\": \"CMO\"", null));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("id").asString()).isEqualTo(leadA);
        JsonNode storedA = api.get("/api/v1/leads/" + leadA).json();
        assertThat(storedA.get("jobTitle").asString()).isEqualTo("CMO");
        assertThat(storedA.get("email").asString()).as("B's email stays B's").isEqualTo("ana." + a + "@acme-soft.com");
        assertThat(api.get("/api/v1/leads/" + leadB).json().get("email").asString())
                .isEqualTo("ana." + b + "@acme-soft.com");
    }

    @Test
    void activityIdsAreStoredOnceWhetherRepeatedInOneRequestOrSentAgain() {
        String tag = tag();
        String pageView = activity("e2", "PAGE_VIEW", Duration.ofDays(1));

        Answer first = api.post("/api/v1/leads", ana(tag, "[" + demoTwoDaysAgo("e1") + ", "
                + demoTwoDaysAgo("e1") + ", " + pageView + "]"));
        Answer second = api.post("/api/v1/leads", ana(tag, "[" + pageView + ", "
                + activity("e3", "PAGE_VIEW", Duration.ofHours(2)) + "]"));

        assertThat(ids(first.json().get("accepted"))).containsExactly("e1", "e2");
        assertThat(ids(first.json().get("duplicates"))).containsExactly("e1");
        assertThat(ids(second.json().get("accepted"))).containsExactly("e3");
        assertThat(ids(second.json().get("duplicates"))).containsExactly("e2");
        String id = second.json().get("id").asString();
        JsonNode stored = api.get("/api/v1/leads/" + id + "/activities").json();
        assertThat(stored.get("total").asInt()).isEqualTo(3);
        assertThat(stored.get("items").valueStream().map(a -> a.get("id").asString() + " " + a.get("type").asString()))
                .containsExactly("e1 DEMO_REQUESTED", "e2 PAGE_VIEW", "e3 PAGE_VIEW");
    }

    @Test
    void concurrentCreatesOfOneNewPersonMakeOneLead() throws Exception {
        String tag = tag();

        List<Answer> answers = Concurrently.run(8, i -> api.post("/api/v1/leads",
                ana(tag, "[" + activity("e" + i, "PAGE_VIEW", Duration.ofHours(i + 1)) + "]")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isIn(200, 201));
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers.stream().map(answer -> answer.json().get("id").asString()).distinct()).hasSize(1);
        UUID id = UUID.fromString(answers.get(0).json().get("id").asString());
        assertThat(count("SELECT COUNT(*) FROM leads WHERE external_id = ?", "crm-" + tag)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM activities WHERE lead_id = ?", id)).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM decisions WHERE lead_id = ?", id)).isEqualTo(8);
    }

    @Test
    void everyActivityNeedsAnIdAndEveryProblemOfTheRequestIsNamedAtOnce() {
        String tag = tag();

        Answer answer = api.post("/api/v1/leads", ana(tag, "[" + demoTwoDaysAgo("e1") + ", "
                + "{\"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}, "
                + "{\"id\": \" \", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"+20000-01-01T00:00:00Z\"}]")
                .replace("\"companySize\": 250", "\"companySize\": -5"));

        answer.isProblem(400, "/problems/invalid-lead");
        assertThat(answer.errorFields()).containsExactly("activities[1].id", "activities[2].id",
                "activities[2].occurredAt", "lead.companySize");
        assertThat(count("SELECT COUNT(*) FROM leads WHERE external_id = ?", "crm-" + tag)).isZero();
    }

    @Test
    void valuesTheDatabaseCannotHoldAreRefusedNotFailed() {
        Answer answer = api.post("/api/v1/leads", ana(tag(), null)
                .replace("\"annualRevenue\": 12000000", "\"annualRevenue\": 1e30")
                .replace("\"policyVersion\"", "\"grantedAt\": \"1066-10-14T09:00:00Z\", \"policyVersion\""));

        answer.isProblem(400, "/problems/invalid-lead");
        assertThat(answer.errorFields()).containsExactly("lead.annualRevenue", "lead.consent.grantedAt");
    }

    @Test
    void aRequestThatFailsAfterWritingLeavesNoLeadActivityOrDecision() {
        String tag = tag();
        String existing = api.store(ana(tag, null));
        long decisionsBefore = count("SELECT COUNT(*) FROM decisions WHERE lead_id = ?", UUID.fromString(existing));
        String updatedBefore = api.get("/api/v1/leads/" + existing).json().get("updatedAt").asString();
        String other = tag();
        FailingDecisionTrigger.install(jdbc);
        try {
            api.post("/api/v1/leads", ana(other, "[" + demoTwoDaysAgo("e1") + "]")
                    .replace("\"Garcia\"", "\"" + FailingDecisionTrigger.MARKER + "\""))
                    .isProblem(500, "/problems/internal-error");
            api.post("/api/v1/leads/" + existing + "/activities", "{\"id\": \"e9\", \"type\": \"PAGE_VIEW\", "
                    + "\"occurredAt\": \"2026-11-21T10:00:00Z\", \"detail\": \"" + FailingDecisionTrigger.MARKER
                    + "\"}").isProblem(500, "/problems/internal-error");
        } finally {
            FailingDecisionTrigger.remove(jdbc);
        }

        assertThat(count("SELECT COUNT(*) FROM leads WHERE external_id = ?", "crm-" + other)).isZero();
        assertThat(count("SELECT COUNT(*) FROM activities WHERE detail = ?", FailingDecisionTrigger.MARKER)).isZero();
        assertThat(count("SELECT COUNT(*) FROM activities WHERE lead_id = ?", UUID.fromString(existing))).isZero();
        assertThat(count("SELECT COUNT(*) FROM decisions WHERE lead_id = ?", UUID.fromString(existing)))
                .isEqualTo(decisionsBefore);
        assertThat(api.get("/api/v1/leads/" + existing).json().get("updatedAt").asString()).isEqualTo(updatedBefore);
    }

    @Test
    void tooManyActivitiesAreRefused() {
        StringBuilder activities = new StringBuilder("[");
        for (int i = 0; i <= 5_000; i++) {
            activities.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i)
                    .append("\",\"type\":\"PAGE_VIEW\",\"occurredAt\":\"2026-11-21T10:00:00Z\"}");
        }
        String tag = tag();

        api.post("/api/v1/leads", ana(tag, activities.append(']').toString()))
                .isProblem(400, "/problems/too-many-activities");
        assertThat(count("SELECT COUNT(*) FROM leads WHERE external_id = ?", "crm-" + tag)).isZero();
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    private static List<String> ids(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
