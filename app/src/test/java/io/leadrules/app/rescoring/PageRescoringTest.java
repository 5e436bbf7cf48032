package io.leadrules.app.rescoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.PageDecisions;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.rescoring.LeadRescoring.Outcome;
import io.leadrules.app.ruleset.ActiveRuleSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A page of leads rescored at once (read in three queries, evaluated on every core, written in one transaction)
 * decides exactly what rescoring each lead alone decides, never writes a stale decision over a lead changed while
 * its page was evaluated, and loses none of a page's leads to one that fails.
 */
@FullServiceTest
class PageRescoringTest {

    /** Far enough after the leads' activities that decay changes the engaged leads' results. */
    static final Duration LATER = Duration.ofDays(120);

    @LocalServerPort
    int port;
    @Autowired
    PageRescoring pages;
    @Autowired
    LeadRescoring alone;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    LeadDecisions leadDecisions;
    @Autowired
    PageDecisions decisions;
    @Autowired
    LeadStore leadStore;
    @Autowired
    DecisionSnapshots snapshots;
    @Autowired
    ActiveRuleSet active;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aPageDecidesByteForByteWhatEachLeadAloneDecides() {
        List<String> personas = List.of("Marketing Director", "Student", "VP Sales", "Intern");
        Instant asOf = clock.instant().plus(LATER);
        List<Outcome> seen = new ArrayList<>();
        for (String persona : personas) {
            String one = tag();
            String other = tag();
            UUID byPage = storedLead(one, persona, 3);
            UUID byItself = storedLead(other, persona, 3);

            Outcome paged = pages.rescore(List.of(byPage), asOf).get(byPage);
            Outcome single = alone.rescore(byItself, asOf);

            assertThat(paged).as(persona).isEqualTo(single);
            seen.add(paged);
            assertThat(current(byPage).replace(one, other)).as(persona).isEqualTo(current(byItself));
            assertThat(lead(byPage)).as(persona).isEqualTo(lead(byItself));
            assertThat(auditEntries(byPage)).as(persona).isEqualTo(auditEntries(byItself));
        }
        assertThat(seen).as("some leads got a new decision").containsAnyOf(Outcome.CHANGED, Outcome.RESCORED);
    }

    @Test
    void aPageRescoresChangedAndUnchangedLeadsAndCountsEach() {
        Instant asOf = clock.instant().plus(LATER);
        UUID engaged = storedLead(tag(), "Marketing Director", 3);
        UUID quiet = storedLead(tag(), "Marketing Director", 0);
        UUID gone = UUID.randomUUID();

        Map<UUID, Outcome> outcomes = pages.rescore(List.of(engaged, quiet, gone), asOf);

        assertThat(outcomes.get(engaged)).isIn(Outcome.CHANGED, Outcome.RESCORED);
        assertThat(outcomes.get(quiet)).isEqualTo(Outcome.UNCHANGED);
        assertThat(outcomes.get(gone)).isEqualTo(Outcome.SKIPPED);
        assertThat(decisionCount(engaged)).isEqualTo(2);
        assertThat(decisionCount(quiet)).isEqualTo(1);
    }

    @Test
    void aLeadChangedWhileItsPageWasEvaluatedGetsItsNewStateDecidedNotTheStaleOne() {
        Instant asOf = clock.instant().plus(LATER);
        UUID racing = storedLead(tag(), "Marketing Director", 3);
        UUID calm = storedLead(tag(), "Marketing Director", 3);
        PageWrite lateActivity = new PageWrite(transactions, leadDecisions, decisions) {
            @Override
            List<UUID> changed(List<PageRescoring.Rescored> page) {
                api.ok(api.postJson("/api/v1/leads/" + racing + "/activities", """
                        [{"id": "late-1", "type": "PRICING_PAGE_VIEW", "occurredAt": "2026-11-22T11:00:00Z"}]"""));
                return super.changed(page);
            }
        };
        PageRescoring racingPage = new PageRescoring(leadStore, leadDecisions, decisions,
                new ResultComparison(snapshots), lateActivity, alone, active);

        Map<UUID, Outcome> outcomes = racingPage.rescore(List.of(racing, calm), asOf);

        assertThat(outcomes.get(calm)).isIn(Outcome.CHANGED, Outcome.RESCORED);
        List<String> jobDecisions = jdbc.sql("SELECT input_snapshot FROM decisions WHERE lead_id = :lead"
                + " AND as_of = :asOf").param("lead", racing).param("asOf", Timestamp.from(asOf))
                .query(String.class).list();
        assertThat(jobDecisions).as("the job's decisions about the lead that changed").hasSize(1)
                .allSatisfy(input -> assertThat(input).contains("late-1"));
        assertThat(current(racing)).contains("late-1");
    }

    @Test
    void aLeadThatFailsCountsAsAFailureAndTheRestOfItsPageIsWritten() {
        Instant asOf = clock.instant().plus(LATER);
        UUID before = storedLead(tag(), "Marketing Director", 3);
        UUID broken = storedLead(tag(), "Marketing Director", 3);
        UUID after = storedLead(tag(), "VP Sales", 3);
        jdbc.sql("UPDATE leads SET attributes = 'not json' WHERE id = :id").param("id", broken).update();

        Map<UUID, Outcome> outcomes = pages.rescore(List.of(before, broken, after), asOf);

        assertThat(outcomes.get(broken)).isEqualTo(Outcome.FAILED);
        assertThat(List.of(outcomes.get(before), outcomes.get(after))).doesNotContain(Outcome.FAILED,
                Outcome.UNCHANGED, Outcome.SKIPPED);
        assertThat(List.of(decisionCount(before), decisionCount(broken), decisionCount(after)))
                .containsExactly(2L, 1L, 2L);
    }

    /** The lead's current decision: everything but its id and decidedAt (which differ by construction). */
    private String current(UUID lead) {
        return jdbc.sql("SELECT d.sequence_number || '|' || d.as_of || '|' || d.ruleset_version || '|' ||"
                + " d.ruleset_hash || '|' || COALESCE(CAST(d.score AS VARCHAR), '-') || '|' || COALESCE(d.stage, '-')"
                + " || '|' || COALESCE(d.temperature, '-') || '|' || d.input_snapshot || '|' || d.result"
                + " FROM leads l JOIN decisions d ON d.id = l.current_decision_id WHERE l.id = :lead")
                .param("lead", lead).query(String.class).single();
    }

    /** The lead's copy of its current decision and its version. */
    private String lead(UUID lead) {
        return jdbc.sql("SELECT COALESCE(CAST(score AS VARCHAR), '-') || '|' || COALESCE(grade, '-') || '|' ||"
                + " COALESCE(temperature, '-') || '|' || COALESCE(stage, '-') || '|' || COALESCE(funnel_stage, '-')"
                + " || '|' || COALESCE(priority, '-') || '|' || ruleset_version || '|' || version FROM leads"
                + " WHERE id = :lead").param("lead", lead).query(String.class).single();
    }

    /** The DECISION_RECORDED entries about the lead's decisions. */
    private long auditEntries(UUID lead) {
        String where = " WHERE action = 'DECISION_RECORDED' AND subject_id IN (SELECT CAST(id AS VARCHAR) FROM"
                + " decisions WHERE lead_id = :lead)";
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM audit_unsealed_entries" + where + ") + (SELECT COUNT(*) FROM"
                + " audit_entries" + where + ")").param("lead", lead).query(Long.class).single();
    }

    private long decisionCount(UUID lead) {
        return jdbc.sql("SELECT COUNT(*) FROM decisions WHERE lead_id = :lead").param("lead", lead)
                .query(Long.class).single();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID storedLead(String tag, String jobTitle, int activities) {
        StringBuilder list = new StringBuilder();
        String[] types = {"DEMO_REQUESTED", "WEBINAR_ATTENDED", "EMAIL_OPEN"};
        for (int i = 0; i < activities; i++) {
            list.append(i == 0 ? "" : ", ").append("{\"id\": \"e").append(i).append("\", \"type\": \"")
                    .append(types[i % types.length]).append("\", \"occurredAt\": \"2026-11-2").append(i)
                    .append("T10:00:00Z\"}");
        }
        JsonNode lead = api.expect(201, api.postJson("/api/v1/leads", """
                {"lead": {"externalId": "page-%1$s", "firstName": "Ana", "email": "ana.%1$s@acme-soft.com",
                          "company": "Acme Soft", "jobTitle": "%2$s", "industry": "SOFTWARE",
                          "companySize": 250, "country": "ES", "consent": {"dataProcessing": true}},
                 "activities": [%3$s]}""".formatted(tag, jobTitle, list)));
        return UUID.fromString(lead.get("id").asString());
    }
}
