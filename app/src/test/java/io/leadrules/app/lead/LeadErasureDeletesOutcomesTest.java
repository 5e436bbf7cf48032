package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Erasure takes the person's outcomes with it (posted and imported), and no one else's. */
@FullServiceTest
class LeadErasureDeletesOutcomesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void erasingALeadDeletesItsOutcomesAndKeepsOtherLeadsOutcomes() {
        Api api = new Api(port);
        String erased = api.store(ana(tag(), null));
        String kept = api.store(ana(tag(), null));
        for (String lead : new String[] {erased, kept}) {
            api.post("/api/v1/leads/" + lead + "/outcomes", "{\"outcome\": \"CONVERTED\", "
                    + "\"occurredAt\": \"2026-11-20T10:00:00Z\"}");
            api.post("/api/v1/outcomes/import", "leadId,outcome,occurredAt,amount\n" + lead
                    + ",WON,2026-11-21T10:00:00Z,1200\n", "text/csv");
        }
        assertThat(stored(erased)).isEqualTo(2);

        assertThat(api.delete("/api/v1/leads/" + erased).status()).isEqualTo(204);

        assertThat(stored(erased)).isZero();
        assertThat(stored(kept)).isEqualTo(2);
        assertThat(api.post("/api/v1/outcomes/import", "leadId,outcome,occurredAt\n" + erased
                + ",LOST,2026-11-22T10:00:00Z\n", "text/csv").json().get("rejected").asLong()).isEqualTo(1);
        assertThat(stored(erased)).isZero();
    }

    private long stored(String lead) {
        return jdbc.sql("SELECT COUNT(*) FROM lead_outcomes WHERE lead_id = :lead").param("lead", UUID.fromString(lead))
                .query(Long.class).single();
    }
}
