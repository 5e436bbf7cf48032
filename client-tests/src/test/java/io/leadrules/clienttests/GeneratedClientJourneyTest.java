package io.leadrules.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.client.ApiClient;
import io.leadrules.client.ApiException;
import io.leadrules.client.api.DecisionsApi;
import io.leadrules.client.api.LeadsApi;
import io.leadrules.client.api.ScoringApi;
import io.leadrules.client.model.ActivitiesAccepted;
import io.leadrules.client.model.ActivityData;
import io.leadrules.client.model.ConsentData;
import io.leadrules.client.model.Decision;
import io.leadrules.client.model.DecisionPage;
import io.leadrules.client.model.LeadData;
import io.leadrules.client.model.LeadRegistered;
import io.leadrules.client.model.LeadRequest;
import io.leadrules.client.model.LeadView;
import io.leadrules.client.model.ReplayResult;
import io.leadrules.client.model.ScoreRequest;
import io.leadrules.client.model.ScoreResponse;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README journey through a client openapi-generator made from the checked-in docs/openapi.json, against the
 * real service on a temporary H2 database: score, create a lead, post activities, read its decisions, replay one.
 * Every answer is read into the generated types, so a document that lies about a shape fails here.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leadrules.rescoring.schedule-enabled=false", "leadrules.sandbox.warm-at-startup=false",
                "leadrules.rules.four-eyes=false", "leadrules.security.initial-admin-key=" + GeneratedClientJourneyTest.KEY})
class GeneratedClientJourneyTest {

    static final String KEY = "lr_client-tests-admin-key-0123456789abcdefghij";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void temporaryDatabase(DynamicPropertyRegistry registry) {
        registry.add("leadrules.data-dir", () -> dataDir.toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("leadrules") + ";LOCK_TIMEOUT=10000");
    }

    @LocalServerPort
    int port;

    private ApiClient client;

    @BeforeEach
    void clientOfTheRunningService() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + KEY));
    }

    @Test
    void theReadmeJourneyRunsThroughTheGeneratedClient() throws ApiException {
        ScoreResponse scored = new ScoringApi(client).scoreLead(new ScoreRequest()
                .asOf(OffsetDateTime.parse("2026-11-22T12:00:00Z")).lead(ana("crm-42"))
                .activities(List.of(activity("e1", "DEMO_REQUESTED", "2026-11-20T10:00:00Z"))), null, null);
        assertThat(scored.getScore()).isEqualTo(63);
        assertThat(scored.getStage()).isEqualTo("SQL");
        assertThat(scored.getValid()).isTrue();
        assertThat(scored.getFiredRules()).isNotEmpty();

        LeadsApi leads = new LeadsApi(client);
        String key = UUID.randomUUID().toString();
        LeadRegistered created = leads.registerLead(new LeadRequest().lead(ana("crm-7")), key);
        assertThat(created.getMerged()).isFalse();
        assertThat(leads.registerLead(new LeadRequest().lead(ana("crm-7")), key).getId())
                .as("the same Idempotency-Key answers the first answer").isEqualTo(created.getId());
        assertThat(created.getDecision().getLeadId()).isEqualTo(created.getId());

        OffsetDateTime recently = OffsetDateTime.now().minusHours(2);
        ActivitiesAccepted accepted = leads.postActivities(created.getId().toString(),
                List.of(activity("w1", "WEBINAR_ATTENDED", recently.toString()),
                        activity("d1", "DEMO_REQUESTED", recently.plusMinutes(5).toString())), null);
        assertThat(accepted.getAccepted()).containsExactly("w1", "d1");
        Decision afterActivities = accepted.getDecision();
        assertThat(afterActivities.getScore()).isGreaterThan(created.getDecision().getScore());

        LeadView lead = leads.getLead(created.getId().toString());
        assertThat(lead.getEmail()).isEqualTo("ana@acme-soft.com");
        assertThat(lead.getCurrent().getId()).isEqualTo(afterActivities.getId());

        DecisionsApi decisions = new DecisionsApi(client);
        DecisionPage history = decisions.listLeadDecisions(created.getId().toString(), null, null, null);
        assertThat(history.getTotal()).isEqualTo(2);
        assertThat(history.getItems()).extracting(Decision::getId)
                .containsExactly(afterActivities.getId(), created.getDecision().getId());

        ReplayResult replay = decisions.replayDecision(afterActivities.getId().toString(), null);
        assertThat(replay.getIdentical()).isTrue();
        assertThat(replay.getDecisionId()).isEqualTo(afterActivities.getId());
        assertThat(replay.getRulesetVersion()).isEqualTo(afterActivities.getRulesetVersion());
    }

    @Test
    void anUnknownLeadIsAProblemTheClientCanRead() {
        assertThatThrownBy(() -> new LeadsApi(client).getLead(UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.getCode()).isEqualTo(404);
                    assertThat(problem.getResponseBody()).contains("/problems/lead-not-found");
                });
    }

    private static LeadData ana(String externalId) {
        return new LeadData().externalId(externalId).firstName("Ana").lastName("Garcia").email("ana@acme-soft.com")
                .company("Acme Soft").jobTitle("Marketing Director").industry("SOFTWARE").companySize(250)
                .annualRevenue(new BigDecimal("12000000")).country("ES").source("ORGANIC_SEARCH").phone("+34 612 345 678")
                .leadMagnet("EBOOK").productInterest("crm-suite")
                .consent(new ConsentData().dataProcessing(true).profilingObjection(false).policyVersion("2026-01"));
    }

    private static ActivityData activity(String id, String type, String occurredAt) {
        return new ActivityData().id(id).type(type).occurredAt(OffsetDateTime.parse(occurredAt));
    }
}
