package io.leadrules.app.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.ScoringJourneyTest;
import io.leadrules.app.console.ConsoleSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The audit log (filters, cursor paging, links to the records it names), the chain's verification, and an auditor's
 * search of a lead's decisions, over real HTTP.
 */
@SpringBootTest(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:console-audit-log;DB_CLOSE_DELAY=-1")
@Import(ScoringJourneyTest.FixedClock.class)
class AuditLogPagesTest {

    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ConsoleSession auditor;
    String externalId;
    String decision;
    String lead;

    @BeforeEach
    void anAuditorAndALead() {
        auditor = ConsoleSession.signedIn(port, "AUDITOR");
        externalId = AuditLeads.newExternalId();
        JsonNode created = AuditLeads.create(port, externalId, "Log Soft", "/demo");
        decision = created.get("decision").get("id").asString();
        lead = created.get("id").asString();
    }

    @Test
    void theLogFilteredByActionAndSubjectShowsTheEntryLinkingItsDecision() {
        HttpResponse<String> page = auditor.get("/console/audit?action=decision_recorded&subject=" + decision);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 entry matches", "DECISION_RECORDED",
                "href=\"/console/decisions/" + decision + "\"", "<option value=\"DECISION_RECORDED\" selected")
                .doesNotContain("LEAD_CREATED</td>");
        HttpResponse<String> byLead = auditor.get("/console/audit?action=LEAD_CREATED&subject=" + lead);
        assertThat(byLead.body()).contains("1 entry matches",
                "href=\"/console/audit/decisions?lead=" + lead + "\"");
    }

    @Test
    void theLogPagesByCursorWithItsFiltersKept() {
        HttpResponse<String> first = auditor.get("/console/audit?from=2000-01-01T00:00&size=2");
        Matcher next = NEXT.matcher(first.body());
        assertThat(next.find()).as("more than one page of entries in the shared database").isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link).contains("from=2000-01-01T00:00", "size=2", "cursor=");
        HttpResponse<String> second = auditor.get(link);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("First page");
        assertThat(firstSequence(second.body())).isGreaterThan(firstSequence(first.body()));
    }

    @Test
    void filterValuesTheLogDoesNotKnowAreRefusedAndUnknownParametersIgnored() {
        for (String query : new String[] {"action=DROP_TABLE", "from=yesterday", "to=2026-13-01T00:00",
                "cursor=forged", "size=0", "size=201", "size=ten", "actor=" + "x".repeat(201)}) {
            HttpResponse<String> refused = auditor.get("/console/audit?" + query);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(refused.body()).as(query).contains("/problems/invalid-query");
        }
        assertThat(auditor.get("/console/audit?sort=actor;DROP&order=x").statusCode()).isEqualTo(200);
    }

    @Test
    void aFilterValueHoldingHtmlIsEchoedAsText() {
        String attack = "\"><script>alert(1)</script>";
        String page = auditor.get("/console/audit?actor=" + URLEncoder.encode(attack, StandardCharsets.UTF_8)).body();
        assertThat(page).contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script>alert");
    }

    @Test
    void verifyingAnUntouchedChainSaysItIsIntactWithItsCount() {
        HttpResponse<String> result = auditor.submit("/console/audit", "/console/audit/verification", Map.of());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("class=\"notice success verification-valid\"", "The chain is intact",
                "records checked, all match").doesNotContain("verification-broken");
        assertThat(auditor.get("/console/audit/verification").body()).contains("Verify the chain")
                .doesNotContain("verification-valid");
    }

    @Test
    void aDecisionEditedInTheDatabaseReplaysDifferentlyAndBreaksTheChain() {
        String result = jdbc.sql("SELECT result FROM decisions WHERE id = :id").param("id", UUID.fromString(decision))
                .query(String.class).single();
        int score = jdbc.sql("SELECT score FROM decisions WHERE id = :id").param("id", UUID.fromString(decision))
                .query(Integer.class).single();
        String edited = result.replaceFirst("\"score\":" + score + ",", "\"score\":99,");
        assertThat(edited).isNotEqualTo(result);
        assertThat(auditor.submit("/console/audit", "/console/audit/verification", Map.of()).body())
                .as("verifying seals the decision's digest first, so the edit below comes after it")
                .contains("verification-valid");
        try {
            jdbc.sql("UPDATE decisions SET result = :result WHERE id = :id").param("result", edited)
                    .param("id", UUID.fromString(decision)).update();
            String path = "/console/decisions/" + decision;
            String replay = auditor.submit(path, path + "/replay", Map.of()).body();
            assertThat(replay).contains("replay-different", "differs from the record in one place",
                    "<td class=\"mono\">score</td>",
                    "<td class=\"mono\">99</td>", "<td class=\"mono\">" + score + "</td>");
            String broken = auditor.submit("/console/audit", "/console/audit/verification", Map.of()).body();
            assertThat(broken).contains("verification-broken", "The chain is broken", "A decision",
                    "href=\"/console/decisions/" + decision + "\"").doesNotContain("verification-valid");
        } finally {
            jdbc.sql("UPDATE decisions SET result = :result WHERE id = :id").param("result", result)
                    .param("id", UUID.fromString(decision)).update();
        }
        assertThat(auditor.submit("/console/audit", "/console/audit/verification", Map.of()).body())
                .contains("verification-valid");
    }

    @Test
    void anAuditorFindsALeadsDecisionsByExternalIdAndTheOneThatAppliedOnADay() {
        HttpResponse<String> page = auditor.get("/console/audit/decisions?lead=" + externalId + "&day=2026-11-22"
                + "&page=banana");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 decision<", "href=\"/console/decisions/" + decision + "\"",
                "The decision that applied at the end of 2026-11-22");
        assertThat(auditor.get("/console/audit/decisions?lead=" + lead + "&day=2020-01-01").body())
                .contains("href=\"/console/decisions/" + decision + "\"", "had no decision yet");
        assertThat(auditor.get("/console/audit/decisions?lead=nobody-" + externalId).body())
                .contains("No lead has the id or externalId");
    }

    private static long firstSequence(String html) {
        Matcher cell = Pattern.compile("<td class=\"number\">(\\d+)</td>").matcher(html);
        assertThat(cell.find()).isTrue();
        return Long.parseLong(cell.group(1));
    }
}
