package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.demoTwoDaysAgo;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.lead.Api.Answer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST and GET /api/v1/leads/{id}/outcomes: what became of a stored lead, once per outcome and instant. */
@FullServiceTest
class OutcomeEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String lead;

    @BeforeEach
    void aStoredLead() {
        api = new Api(port);
        lead = api.store(ana(tag(), "[" + demoTwoDaysAgo("e1") + "]"));
    }

    @Test
    void aRecordedOutcomeIsAnsweredWith201AndListedOldestFirst() {
        Answer won = api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-21T09:30:00Z\", "
                + "\"amount\": 12500.50, \"currency\": \"EUR\"}");
        Answer converted = api.post(path(), "{\"outcome\": \"CONVERTED\", \"occurredAt\": \"2026-11-20T10:00:00Z\"}");

        assertThat(won.status()).as(won.text()).isEqualTo(201);
        JsonNode stored = won.json();
        assertThat(stored.get("leadId").asString()).isEqualTo(lead);
        assertThat(stored.get("amount").decimalValue()).isEqualByComparingTo("12500.5");
        assertThat(stored.get("amount").toString()).isEqualTo("12500.5");
        assertThat(stored.get("currency").asString()).isEqualTo("EUR");
        assertThat(stored.get("recordedBy").asString()).isEqualTo("admin");
        assertThat(stored.get("importId").isNull()).isTrue();
        assertThat(converted.status()).isEqualTo(201);
        JsonNode items = api.get(path()).json().get("items");
        assertThat(items.valueStream().map(item -> item.get("outcome").asString())).containsExactly("CONVERTED", "WON");
        assertThat(items.get(1)).isEqualTo(stored);
    }

    @Test
    void theSameOutcomeSentTwiceIsStoredOnceAndAuditedOnce() {
        String body = "{\"outcome\": \"LOST\", \"occurredAt\": \"2026-11-21T09:30:00Z\", \"amount\": 900}";
        JsonNode first = api.post(path(), body).json();

        Answer again = api.post(path(), body.replace("900", "900.00"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first);
        assertThat(api.get(path()).json().get("items")).hasSize(1);
        assertThat(auditEntries()).isEqualTo(1);
    }

    @Test
    void theSameOutcomeAndInstantWithAnotherAmountIsAConflictAndKeepsTheStoredOne() {
        api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-21T09:30:00Z\", \"amount\": 900}");

        api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-21T09:30:00Z\", \"amount\": 901}")
                .isProblem(409, "/problems/outcome-conflict", problem -> assertThat(problem.get("title").asString())
                        .isEqualTo("The lead has this outcome at this instant already"));

        assertThat(api.get(path()).json().get("items").get(0).get("amount").asInt()).isEqualTo(900);
    }

    @Test
    void badMembersAreA400NamingEachAndStoreNothing() {
        assertThat(api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-22T12:06:00Z\", "
                + "\"amount\": -1, \"currency\": \"EURO\"}").isProblem(400, "/problems/invalid-lead").errorFields())
                .containsExactly("amount", "currency", "occurredAt");
        assertThat(api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-21T09:30:00Z\", "
                + "\"amount\": 1000000000000}").isProblem(400, "/problems/invalid-lead").errorFields())
                .containsExactly("amount");
        assertThat(api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-21T09:30:00Z\", "
                + "\"currency\": \"EUR\"}").isProblem(400, "/problems/invalid-lead").errorFields())
                .containsExactly("currency");
        assertThat(api.post(path(), "{\"occurredAt\": \"2026-11-21T09:30:00Z\"}")
                .isProblem(400, "/problems/invalid-lead").errorFields()).containsExactly("outcome");
        assertThat(api.get(path()).json().get("items")).isEmpty();
    }

    @Test
    void unknownMembersAndValuesAreRefusedAsEveryEndpointRefusesThem() {
        assertThat(api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-21T09:30:00Z\", "
                + "\"probability\": 1}").isProblem(400, "/problems/unknown-member").errorFields())
                .containsExactly("probability");
        assertThat(api.post(path(), "{\"outcome\": \"MAYBE\", \"occurredAt\": \"2026-11-21T09:30:00Z\"}")
                .status()).isEqualTo(400);
        assertThat(api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"yesterday\"}").status()).isEqualTo(400);
    }

    @Test
    void anOutcomeAMinuteAheadOfTheClockIsAcceptedAsClockSkew() {
        assertThat(api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-22T12:01:00Z\"}").status())
                .isEqualTo(201);
    }

    @Test
    void anUnknownLeadIsA404AndAnErasedOneA410() {
        String body = "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-21T09:30:00Z\"}";
        api.post("/api/v1/leads/" + UUID.randomUUID() + "/outcomes", body).isProblem(404, "/problems/lead-not-found");
        api.get("/api/v1/leads/not-a-uuid/outcomes").isProblem(404, "/problems/lead-not-found");

        assertThat(api.delete("/api/v1/leads/" + lead).status()).isEqualTo(204);

        api.post(path(), body).isProblem(410, "/problems/lead-erased");
        api.get(path()).isProblem(410, "/problems/lead-erased");
    }

    @Test
    void eachStoredOutcomeWritesOneAuditEntryAboutTheLead() {
        api.post(path(), "{\"outcome\": \"CONVERTED\", \"occurredAt\": \"2026-11-20T10:00:00Z\"}");
        api.post(path(), "{\"outcome\": \"WON\", \"occurredAt\": \"2026-11-21T10:00:00Z\", \"amount\": 5}");

        assertThat(auditEntries()).isEqualTo(2);
    }

    private long auditEntries() {
        String where = " WHERE subject_type = 'lead' AND subject_id = :lead AND action = 'OUTCOME_RECORDED'";
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM audit_unsealed_entries" + where + ") + (SELECT COUNT(*) FROM "
                + "audit_entries" + where + ")").param("lead", lead).query(Long.class).single();
    }

    private String path() {
        return "/api/v1/leads/" + lead + "/outcomes";
    }
}
