package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.TestCredentials;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;
import io.leadrules.app.decision.DecisionDraft;
import io.leadrules.app.decision.PageDecisions;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.ruleset.RuleVersionActivated;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: real leads and decisions through the API, a real receiver on loopback (the tests' settings
 * allow it), the dispatcher driven with instants of the test's choosing (the service's clock is fixed at
 * {@code NOW}), so retries are tested without waiting.
 */
@FullServiceTest
class WebhookJourneyTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PageDecisions pages;
    @Autowired
    LeadDecisions inputs;
    @Autowired
    LeadStore leads;
    @Autowired
    ActiveRuleSet rules;

    ApiClient api;
    Receiver receiver;
    String webhook;
    String secret;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        receiver = new Receiver();
        JsonNode created = api.expect(201, api.postJson("/api/v1/webhooks", subscription(receiver.url())));
        webhook = created.get("subscription").get("id").asString();
        secret = created.get("secret").asString();
    }

    @AfterEach
    void tearDown() {
        send("DELETE", "/api/v1/webhooks/" + webhook, null);
        receiver.close();
    }

    @Test
    void aLeadsEventsArriveSignedInTheOrderTheyHappenedWithIdsAndValuesOnly() throws Exception {
        String lead = newLead("Director", "");
        postDemoRequest(lead, "e1");

        dispatcher.dispatchDue(NOW);

        List<JsonNode> events = eventsOf(lead);
        assertThat(events).extracting(event -> event.get("type").asString()).contains("lead.stage_changed");
        assertThat(events).extracting(event -> event.get("data").get("version").asLong()).isSorted();
        JsonNode lastStage = events.stream().filter(e -> e.get("type").asString().equals("lead.stage_changed"))
                .reduce((first, second) -> second).orElseThrow();
        JsonNode current = api.ok(api.get("/api/v1/leads/" + lead));
        assertThat(lastStage.get("data").get("after").asString()).isEqualTo(current.get("current").get("stage").asString());
        assertThat(lastStage.get("data").get("decisionId").asString()).isNotBlank();
        for (Receiver.Received received : receiver.received) {
            assertThat(SpecReceiver.verified(secret, received.id(), received.timestamp(), received.body(),
                    received.signature(), NOW)).as(received.body()).isTrue();
            assertThat(received.body()).doesNotContain("acme-hooks", "Mara", "Trix");
        }
    }

    @Test
    void aLeadsNextEventWaitsForItsPreviousOneWhichIsRetriedAfterTheReceiversRetryAfter() {
        receiver.answerNext(503, Map.of("Retry-After", "120"), "busy");
        String lead = newLead("Director", "");
        postDemoRequest(lead, "e1");

        dispatcher.dispatchDue(NOW);
        assertThat(receiver.received).hasSize(1);
        dispatcher.dispatchDue(NOW.plusSeconds(119));
        assertThat(receiver.received).hasSize(1);

        dispatcher.dispatchDue(NOW.plusSeconds(120));

        assertThat(receiver.received.size()).isGreaterThan(2);
        assertThat(receiver.received.get(1).id()).isEqualTo(receiver.received.get(0).id());
        assertThat(eventsOf(lead)).extracting(event -> event.get("data").get("version").asLong()).isSorted();
        JsonNode first = api.ok(api.get("/api/v1/webhooks/" + webhook + "/deliveries")).get("items")
                .valueStream().reduce((a, b) -> b).orElseThrow();
        assertThat(first.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("attempts").valueStream().map(a -> a.get("status").asInt()).toList())
                .containsExactly(204, 503);
        assertThat(first.get("attempts").get(1).get("responseBody").asString()).isEqualTo("busy");
    }

    @Test
    void aReceiverThatIsDownForAWhileGetsItsEventsWhenItIsBackAndTheAttemptsSayWhy() {
        receiver.stop();
        String lead = newLead("Director", "");
        double failures = count("failure");

        dispatcher.dispatchDue(NOW);
        JsonNode listed = api.ok(api.get("/api/v1/webhooks/" + webhook + "/deliveries"));
        assertThat(listed.get("items").size()).as(listed.toString()).isPositive();
        JsonNode delivery = listed.get("items").get(listed.get("items").size() - 1);
        assertThat(delivery.get("state").asString()).isEqualTo("PENDING");
        assertThat(delivery.get("attempts").get(0).get("responseBody").asString()).startsWith("No answer");
        assertThat(count("failure")).isGreaterThan(failures);

        receiver.start();
        dispatcher.dispatchDue(NOW.plus(Duration.ofHours(1)));

        assertThat(eventsOf(lead)).isNotEmpty();
        assertThat(api.ok(api.get("/api/v1/webhooks/" + webhook)).get("consecutiveFailures").asInt()).isZero();
    }

    @Test
    void aChangeThatIsRolledBackSendsNothing() {
        String lead = newLead("Director", FailingLeadUpdateTrigger.MARKER);
        dispatcher.dispatchDue(NOW);
        int before = eventsOf(lead).size();
        long stored = storedEventsOf(lead);
        FailingLeadUpdateTrigger.install(jdbc);
        try {
            api.problem(api.postJson("/api/v1/leads/" + lead + "/activities", demo("e1")), 500,
                    "/problems/internal-error");
        } finally {
            FailingLeadUpdateTrigger.remove(jdbc);
        }

        dispatcher.dispatchDue(NOW.plus(Duration.ofHours(1)));

        assertThat(storedEventsOf(lead)).isEqualTo(stored);
        assertThat(eventsOf(lead)).hasSize(before);
    }

    @Test
    void anErasedLeadsEventsCarryNoPersonalDataAndItsErasureIsAnnounced() {
        String lead = newLead("Director", "");
        postDemoRequest(lead, "e1");
        send("DELETE", "/api/v1/leads/" + lead, null);

        dispatcher.dispatchDue(NOW);

        List<JsonNode> events = eventsOf(lead);
        assertThat(events).last().satisfies(event -> assertThat(event.get("type").asString())
                .isEqualTo("lead.erased"));
        assertThat(events.subList(0, events.size() - 1)).allSatisfy(event ->
                assertThat(event.get("data").get("erased").asBoolean()).isTrue());
        assertThat(receiver.received).allSatisfy(received -> assertThat(received.body())
                .doesNotContain("Mara", "Trix", "acme-hooks", "Director"));
        assertThat(jdbc.sql("SELECT payload FROM webhook_events WHERE lead_id = :lead")
                .param("lead", UUID.fromString(lead)).query(String.class).list())
                .allSatisfy(payload -> assertThat(payload).doesNotContain("Mara", "acme-hooks", "\"after\""));
    }

    @Test
    void aReceiverThatKeepsFailingForADayIsDisabledWithTheReasonAndItsDeliveryCanBeResentOnceFailed() {
        newLead("Director", "");
        for (int round = 0; round < 14; round++) {
            receiver.answerNext(500, Map.of(), "down");
            dispatcher.dispatchDue(NOW.plus(Duration.ofHours(7L * round)));
        }

        JsonNode disabled = api.ok(api.get("/api/v1/webhooks/" + webhook));
        assertThat(disabled.get("active").asBoolean()).isFalse();
        assertThat(disabled.get("disabledReason").asString()).contains("10 failed attempts in a row");
        send("PUT", "/api/v1/webhooks/" + webhook, subscription(receiver.url()));
        assertThat(api.ok(api.get("/api/v1/webhooks/" + webhook)).get("disabledReason").isNull()).isTrue();
        dispatcher.dispatchDue(NOW.plus(Duration.ofDays(5)));
        JsonNode failed = api.ok(api.get("/api/v1/webhooks/" + webhook + "/deliveries")).get("items")
                .valueStream().filter(d -> d.get("state").asString().equals("FAILED")).findFirst().orElseThrow();

        HttpResponse<String> resent = send("POST", "/api/v1/webhooks/" + webhook + "/deliveries/"
                + failed.get("id").asString() + "/resend", null);

        assertThat(api.expect(202, resent).get("state").asString()).isEqualTo("PENDING");
        api.problem(send("POST", "/api/v1/webhooks/" + webhook + "/deliveries/" + failed.get("id").asString()
                + "/resend", null), 409, "/problems/webhook-delivery-not-failed");
    }

    /**
     * The activation publishes {@link RuleVersionActivated} inside its transaction (RuleVersionActivation#goLive);
     * uploading and compiling a version here would cost a sandbox compile for the same proof of the listener.
     */
    @Test
    void aRuleVersionActivationIsAnnouncedWhenItCommitsAndNotWhenItRollsBack() {
        send("PUT", "/api/v1/webhooks/" + webhook, subscription(receiver.url()).replace("\"lead.erased\"",
                "\"ruleset.activated\""));
        transactions.executeWithoutResult(tx -> events.publishEvent(new RuleVersionActivated("activated", "1",
                NOW, false)));
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new RuleVersionActivated("never-live", "1", NOW, false));
            tx.setRollbackOnly();
        });

        dispatcher.dispatchDue(NOW);

        assertThat(receiver.received).hasSize(1);
        JsonNode event = JSON.readTree(receiver.received.get(0).body());
        assertThat(event.get("type").asString()).isEqualTo("ruleset.activated");
        assertThat(event.get("data").get("rulesetVersion").asString()).isEqualTo("activated");
        assertThat(event.get("timestamp").asString()).isEqualTo(NOW.toString());
    }

    @Test
    void theBacklogIsInHealthAndInTheMetrics() {
        newLead("Director", "");
        HealthIndicator health = context.getBean("webhooks", HealthIndicator.class);

        assertThat(((Number) health.health().getDetails().get("backlog")).longValue()).isPositive();
        assertThat(meters.get("leadrules.webhook.backlog").gauge().value()).isPositive();
        dispatcher.dispatchDue(NOW);
        assertThat(count("success")).isPositive();
    }

    @Test
    void eachProblemAnswersItsStatusTypeAndTitle() {
        api.problem(api.postJson("/api/v1/webhooks", "{\"url\": \"https://hooks.example.com/x\", \"events\": "
                + "[\"lead.nope\"]}"), 400, "/problems/invalid-webhook");
        api.problem(api.postJson("/api/v1/webhooks", subscription("ftp://127.0.0.1/x")), 422,
                "/problems/webhook-url-refused");
        api.problem(api.get("/api/v1/webhooks/" + UUID.randomUUID()), 404, "/problems/webhook-not-found");
        api.problem(api.get("/api/v1/webhooks/not-a-uuid"), 404, "/problems/webhook-not-found");
        api.problem(send("POST", "/api/v1/webhooks/" + webhook + "/deliveries/" + UUID.randomUUID() + "/resend",
                null), 404, "/problems/webhook-delivery-not-found");
        JsonNode invalid = api.problem(api.postJson("/api/v1/webhooks", "{\"url\": \"" + receiver.url()
                + "\", \"events\": [\"lead.erased\"], \"secret\": \"plain\"}"), 400, "/problems/invalid-webhook");
        assertThat(invalid.get("errors").get(0).get("field").asString()).isEqualTo("secret");
    }

    /** Rescoring records its decisions a page at a time (PageDecisions), another path to the same events. */
    @Test
    void aPageOfDecisionsReportsEachLeadsChangeAgainstItsOwnPreviousDecision() {
        String lead = newLead("Director", "");
        postDemoRequest(lead, "e1");
        JsonNode current = api.ok(api.get("/api/v1/leads/" + lead)).get("current");
        Instant later = NOW.plus(Duration.ofDays(180));
        DecisionDraft draft = transactions.execute(tx -> {
            StoredLead stored = leads.findById(UUID.fromString(lead)).orElseThrow();
            DecisionDraft decayed = rules.apply(ruleSet -> pages.draft(stored.id(), inputs.inputFor(stored, later),
                    ruleSet));
            pages.record(List.of(decayed));
            return decayed;
        });
        assertThat(draft.answer().temperature()).isNotEqualTo(current.get("temperature").asString());

        dispatcher.dispatchDue(NOW);

        JsonNode changed = eventsOf(lead).stream().filter(e -> e.get("type").asString()
                .equals("lead.temperature_changed")).reduce((first, second) -> second).orElseThrow();
        assertThat(changed.get("data").get("decisionId").asString()).isEqualTo(draft.id().toString());
        assertThat(changed.get("data").get("version").asLong()).isEqualTo(3);
        assertThat(changed.get("data").get("before").asString()).isEqualTo(current.get("temperature").asString());
        assertThat(changed.get("data").get("after").asString()).isEqualTo(draft.answer().temperature());
    }

    @Test
    void theOpenApiDocumentNamesEveryWebhookOperation() {
        JsonNode paths = JSON.readTree(send("GET", "/v3/api-docs", null).body()).get("paths");

        assertThat(List.of(paths.get("/api/v1/webhooks").get("post"), paths.get("/api/v1/webhooks").get("get"),
                paths.get("/api/v1/webhooks/{id}").get("put"), paths.get("/api/v1/webhooks/{id}").get("delete"),
                paths.get("/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend").get("post")))
                .extracting(operation -> operation.get("operationId").asString())
                .containsExactly("createWebhook", "listWebhooks", "replaceWebhook", "deleteWebhook",
                        "resendWebhookDelivery");
        assertThat(paths.get("/api/v1/webhooks").get("post").get("responses").has("422")).isTrue();
    }

    private static String subscription(String url) {
        return "{\"url\": \"" + url + "\", \"events\": [\"lead.stage_changed\", \"lead.temperature_changed\","
                + " \"lead.score_crossed\", \"lead.erased\"], \"scoreThresholds\": [40], \"description\": \"test\"}";
    }

    private String newLead(String title, String companySuffix) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return api.expect(201, api.postJson("/api/v1/leads", """
                {"lead": {"externalId": "hook-%1$s", "firstName": "Mara", "lastName": "Trix",
                          "email": "mara.%1$s@acme-hooks.com", "company": "Acme Hooks %1$s%2$s",
                          "jobTitle": "Marketing %3$s", "industry": "SOFTWARE", "companySize": 250, "country": "ES",
                          "consent": {"dataProcessing": true}}}""".formatted(tag, companySuffix, title)))
                .get("id").asString();
    }

    private void postDemoRequest(String lead, String id) {
        HttpResponse<String> posted = api.postJson("/api/v1/leads/" + lead + "/activities", demo(id));
        assertThat(posted.statusCode()).as(posted.body()).isBetween(200, 299);
    }

    private static String demo(String id) {
        return "{\"id\": \"" + id + "\", \"type\": \"DEMO_REQUESTED\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}";
    }

    /** The bodies the receiver got about the lead, in arrival order, without repeats of one event. */
    private List<JsonNode> eventsOf(String lead) {
        return receiver.received.stream().filter(received -> received.body().contains(lead))
                .map(Receiver.Received::id).distinct()
                .map(id -> receiver.received.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow())
                .map(received -> JSON.readTree(received.body())).toList();
    }

    private long storedEventsOf(String lead) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_events WHERE lead_id = :lead")
                .param("lead", UUID.fromString(lead)).query(Long.class).single();
    }

    private double count(String outcome) {
        return meters.get("leadrules.webhook.deliveries").tag("outcome", outcome).counter().count();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = TestCredentials.request(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
