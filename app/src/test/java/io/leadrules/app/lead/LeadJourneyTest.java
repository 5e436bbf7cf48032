package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.demoTwoDaysAgo;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.lead.Api.Answer;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A sales team's day with one lead: stored, read, an activity arrives, the score moves, the queue shows it. */
@FullServiceTest
class LeadJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    LeadStore leads;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aLeadIsStoredScoredByItsNewActivityAndShownInTheSalesQueue() {
        String tag = tag();

        Answer created = api.post("/api/v1/leads", ana(tag, null));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode answer = created.json();
        String id = answer.get("id").asString();
        assertThat(created.location()).isEqualTo("/api/v1/leads/" + id);
        assertThat(answer.get("merged").asBoolean()).isFalse();
        JsonNode first = answer.get("decision");
        assertThat(first.get("leadId").asString()).isEqualTo(id);
        assertThat(first.get("score").asInt()).isEqualTo(43);
        assertThat(first.get("stage").asString()).isNotEqualTo("SQL");

        JsonNode lead = api.get("/api/v1/leads/" + id).json();
        assertThat(lead.get("email").asString()).isEqualTo("ana." + tag + "@acme-soft.com");
        assertThat(lead.get("companySize").asInt()).isEqualTo(250);
        assertThat(lead.get("consent").get("policyVersion").asString()).isEqualTo("2026-01");
        assertThat(lead.get("createdAt").asString()).isEqualTo(TestLeads.NOW.toString());
        assertThat(lead.get("current").get("id").asString()).isEqualTo(first.get("id").asString());

        Answer posted = api.post("/api/v1/leads/" + id + "/activities", demoTwoDaysAgo("e1"));
        assertThat(posted.status()).as(posted.text()).isEqualTo(200);
        JsonNode decision = posted.json().get("decision");
        assertThat(posted.json().get("accepted").valueStream().map(JsonNode::asString)).containsExactly("e1");
        assertThat(decision.get("score").asInt()).isEqualTo(63);
        assertThat(decision.get("stage").asString()).isEqualTo("SQL");
        assertThat(decision.get("priority").asString()).isEqualTo("P1");
        assertThat(decision.get("id").asString()).isNotEqualTo(first.get("id").asString());

        JsonNode current = api.get("/api/v1/leads/" + id).json().get("current");
        assertThat(current.get("id").asString()).isEqualTo(decision.get("id").asString());
        assertThat(current.get("nextActions").get(0).get("code").asString()).isEqualTo("ROUTE_TO_SALES");

        JsonNode queue = api.get("/api/v1/leads?stage=SQL&priority=P1&q=" + tag).json();
        assertThat(queue.get("total").asInt()).isEqualTo(1);
        JsonNode item = queue.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(id);
        assertThat(item.get("score").asInt()).isEqualTo(63);
        assertThat(item.get("grade").asString()).isEqualTo("A");
        assertThat(item.get("temperature").asString()).isEqualTo("WARM");
        assertThat(item.get("funnelStage").asString()).isEqualTo("BOFU");
        assertThat(item.get("rulesetVersion").asString()).isEqualTo("1");
    }

    @Test
    void theLeadAnswersWithEveryRequestMemberAndTheDecisionWithEveryScoringMember() {
        String id = api.store(TestLeads.sven(tag(), "[" + demoTwoDaysAgo("e1") + "]"));

        JsonNode lead = api.get("/api/v1/leads/" + id).json();

        assertThat(lead.propertyNames()).containsExactly("id", "externalId", "firstName", "lastName", "email",
                "phone", "company", "jobTitle", "industry", "companySize", "annualRevenue", "country", "source",
                "leadMagnet", "productInterest", "consent", "attributes", "createdAt", "updatedAt", "current");
        assertThat(lead.get("leadMagnet").asString()).isEqualTo("EBOOK");
        assertThat(lead.get("consent").propertyNames()).containsExactly("dataProcessing", "profilingObjection",
                "policyVersion", "grantedAt");
        assertThat(lead.get("consent").get("profilingObjection").isNull()).isTrue();
        assertThat(lead.get("current").propertyNames()).startsWith("id", "leadId", "decidedAt", "rulesetVersion",
                "asOf").contains("score", "fit", "engagement", "stage", "priority", "nextActions", "firedRules");
    }

    @Test
    void anUnknownLeadIsA404AndAMalformedIdToo() {
        api.get("/api/v1/leads/" + UUID.randomUUID()).isProblem(404, "/problems/lead-not-found");
        api.get("/api/v1/leads/not-a-uuid").isProblem(404, "/problems/lead-not-found",
                problem -> assertThat(problem.get("detail").asString()).contains("UUID"));
        api.get("/api/v1/leads/1-1-1-1-1/activities").isProblem(404, "/problems/lead-not-found");
        api.patch("/api/v1/leads/" + UUID.randomUUID(), "{\"jobTitle\": \"CTO\"}")
                .isProblem(404, "/problems/lead-not-found");
        api.post("/api/v1/leads/" + UUID.randomUUID() + "/activities", demoTwoDaysAgo("e1"))
                .isProblem(404, "/problems/lead-not-found");
    }

    @Test
    void anErasedLeadIsGoneForEveryEndpoint() {
        String id = api.store(ana(tag(), null));
        StoredLead lead = leads.findById(UUID.fromString(id)).orElseThrow();
        leads.save(lead.erased(Instant.parse("2026-11-22T12:30:00Z")));

        api.get("/api/v1/leads/" + id).isProblem(410, "/problems/lead-erased");
        api.get("/api/v1/leads/" + id + "/activities").isProblem(410, "/problems/lead-erased");
        api.patch("/api/v1/leads/" + id, "{\"jobTitle\": \"CTO\"}").isProblem(410, "/problems/lead-erased");
        api.post("/api/v1/leads/" + id + "/activities", demoTwoDaysAgo("e1"))
                .isProblem(410, "/problems/lead-erased");
    }

    @Test
    void theOpenApiDocumentDescribesTheLeadEndpoints() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.has("/api/v1/leads")).isTrue();
        assertThat(paths.get("/api/v1/leads").has("get")).isTrue();
        assertThat(paths.get("/api/v1/leads").has("post")).isTrue();
        assertThat(paths.get("/api/v1/leads/{id}").has("patch")).isTrue();
        assertThat(paths.has("/api/v1/leads/{id}/activities")).isTrue();
    }
}
