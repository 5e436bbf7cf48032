package io.leadrules.app.lead;

import static io.leadrules.app.lead.TestLeads.ana;
import static io.leadrules.app.lead.TestLeads.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import's own body limit ({@code leadrules.outcomes.max-import-size}, here 4KB) applies to an import, announced
 * or streamed in chunks, and refuses it with a 413 problem. Its own database.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:outcome-import-limit-test;DB_CLOSE_DELAY=-1",
                "leadrules.outcomes.max-import-size=4KB"})
class OutcomeImportLimitTest {

    @LocalServerPort
    int port;

    @Test
    void anImportPastItsOwnLimitIsA413WhetherAnnouncedOrStreamed() {
        Api api = new Api(port);
        String lead = api.store(ana(tag(), null));
        String row = lead + ",NOT_AN_OUTCOME,2026-11-21T10:00:00Z\n";
        String small = "leadId,outcome,occurredAt\n" + row.repeat(3_000 / row.length());
        String large = "leadId,outcome,occurredAt\n" + row.repeat(8_000 / row.length());

        assertThat(api.post(OutcomeImportTest.IMPORT, small, "text/csv").status()).isEqualTo(200);
        api.post(OutcomeImportTest.IMPORT, large, "text/csv").isProblem(413, "/problems/payload-too-large",
                problem -> assertThat(problem.get("detail").asString()).contains("the limit is 4096 bytes"));
        api.postChunked(OutcomeImportTest.IMPORT, large, "application/x-ndjson").isProblem(413,
                "/problems/payload-too-large");
    }
}
