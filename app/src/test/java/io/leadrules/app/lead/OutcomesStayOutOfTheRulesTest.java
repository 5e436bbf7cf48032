package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.demoTwoDaysAgo;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No outcome reaches a rule (issue 11: no leakage into scores). A decision made after outcomes were recorded saw
 * exactly the input of the decision before them and answered exactly the same; the score as of an instant is the
 * same text. Were outcomes among the facts, the input snapshot (everything the engine saw) would differ.
 */
@FullServiceTest
class OutcomesStayOutOfTheRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDecisionAfterOutcomesSeesAndAnswersExactlyWhatTheDecisionBeforeThemDid() {
        Api api = new Api(port);
        String lead = api.store(ana(tag(), "[" + demoTwoDaysAgo("e1") + "]"));
        String before = api.get("/api/v1/leads/" + lead).json().get("current").get("id").asString();
        String scoreBefore = api.get("/api/v1/leads/" + lead + "/score?asOf=2026-11-22T12:00:00Z").text();

        api.post("/api/v1/leads/" + lead + "/outcomes", "{\"outcome\": \"CONVERTED\", "
                + "\"occurredAt\": \"2026-11-21T10:00:00Z\"}");
        api.post("/api/v1/outcomes/import", "leadId,outcome,occurredAt,amount,currency\n" + lead
                + ",WON,2026-11-22T09:00:00Z,48000,EUR\n", "text/csv");
        String after = api.patch("/api/v1/leads/" + lead, "{\"jobTitle\": \"Marketing Director\"}").json()
                .get("current").get("id").asString();

        assertThat(api.get("/api/v1/leads/" + lead + "/outcomes").json().get("items")).hasSize(2);
        assertThat(after).isNotEqualTo(before);
        Map<String, Object> first = decision(before);
        Map<String, Object> second = decision(after);
        assertThat(second.get("INPUT_SNAPSHOT")).isEqualTo(first.get("INPUT_SNAPSHOT"));
        assertThat(second.get("RESULT")).isEqualTo(first.get("RESULT"));
        assertThat((String) second.get("INPUT_SNAPSHOT")).doesNotContain("48000", "CONVERTED");
        assertThat(api.get("/api/v1/leads/" + lead + "/score?asOf=2026-11-22T12:00:00Z").text())
                .isEqualTo(scoreBefore);
    }

    private Map<String, Object> decision(String id) {
        return jdbc.sql("SELECT input_snapshot, result FROM decisions WHERE id = :id")
                .param("id", java.util.UUID.fromString(id)).query().singleRow();
    }
}
