package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A company's own lead attributes and activity values over HTTP: stored through create, merge and patch, snapshot
 * in every decision, replayed identically, forgotten on erasure; an activity id re-posted with other content is a
 * conflict that leaves the stored one alone.
 */
@FullServiceTest
class CustomDataJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String tag;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void scoringALeadWithAttributesAndActivityValuesAnswersAsWithout() {
        JsonNode with = api.ok(api.postJson("/api/v1/scores", scoreRequest(
                ", \"attributes\": {\"timeOnSite\": 754.25, \"leadOrigin\": \"API\", \"doNotCall\": false}",
                ", \"value\": 120, \"properties\": {\"page\": \"/pricing\"}")));
        JsonNode without = api.ok(api.postJson("/api/v1/scores", scoreRequest("", "")));

        assertThat(with.get("score")).isEqualTo(without.get("score"));
        assertThat(with.get("stage")).isEqualTo(without.get("stage"));
    }

    @Test
    void attributesSurviveCreateMergeAndPatchAndAPatchToNullRemovesOne() {
        JsonNode created = api.expect(201, api.postJson("/api/v1/leads", lead(
                "{\"timeOnSite\": 754.25, \"leadOrigin\": \"API\", \"doNotCall\": false}")));
        String lead = created.get("id").asString();

        JsonNode merged = api.ok(api.postJson("/api/v1/leads", lead("{\"leadOrigin\": \"Landing Page\", "
                + "\"pagesViewed\": 4, \"doNotCall\": null}")));
        assertThat(merged.get("merged").asBoolean()).isTrue();
        assertThat(attributes(lead)).isEqualTo(api.tree("""
                {"timeOnSite": 754.25, "leadOrigin": "Landing Page", "doNotCall": false, "pagesViewed": 4}"""));

        JsonNode patched = api.ok(api.patch("/api/v1/leads/" + lead,
                "{\"attributes\": {\"doNotCall\": null, \"pagesViewed\": 5}}"));

        assertThat(patched.get("attributes")).isEqualTo(api.tree("""
                {"timeOnSite": 754.25, "leadOrigin": "Landing Page", "pagesViewed": 5}"""));
        assertThat(attributes(lead)).isEqualTo(patched.get("attributes"));
    }

    @Test
    void theDecisionSnapshotsTheAttributesAndActivityValuesAndReplaysIdentically() {
        String lead = api.expect(201, api.postJson("/api/v1/leads", lead("{\"timeOnSite\": 0.1}",
                "{\"id\": \"v1\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-20T10:00:00Z\", "
                        + "\"value\": 95.5, \"properties\": {\"page\": \"/pricing\"}}"))).get("id").asString();
        JsonNode decision = api.ok(api.get("/api/v1/leads/" + lead)).get("current");

        JsonNode input = api.tree(jdbc.sql("SELECT input_snapshot FROM decisions WHERE id = :id")
                .param("id", UUID.fromString(decision.get("id").asString())).query(String.class).single());
        assertThat(input.get("lead").get("attributes")).isEqualTo(api.tree("{\"timeOnSite\": 0.1}"));
        assertThat(input.get("activities").get(0).get("value").decimalValue()).isEqualByComparingTo("95.5");
        assertThat(input.get("activities").get(0).get("properties")).isEqualTo(api.tree("{\"page\": \"/pricing\"}"));
        JsonNode replay = api.ok(api.post("/api/v1/decisions/" + decision.get("id").asString() + "/replay"));
        assertThat(replay.get("identical").asBoolean()).as(replay.toString()).isTrue();
        JsonNode activities = api.ok(api.get("/api/v1/leads/" + lead + "/activities")).get("items");
        assertThat(activities.get(0).get("value").decimalValue()).isEqualByComparingTo("95.5");
        assertThat(activities.get(0).get("properties").get("page").asString()).isEqualTo("/pricing");
        assertThat(api.ok(api.get("/api/v1/leads/" + lead + "/score?asOf=" + ScoringJourneyTest.NOW)).get("score"))
                .isEqualTo(decision.get("score"));
    }

    @Test
    void erasureRemovesAttributeValuesAndActivityPropertiesEverywhere() {
        String secret = "secret-" + tag;
        String lead = api.expect(201, api.postJson("/api/v1/leads", lead("{\"nickname\": \"" + secret + "\"}",
                "{\"id\": \"v1\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-20T10:00:00Z\", "
                        + "\"value\": 3, \"properties\": {\"referrer\": \"" + secret + "\"}}"))).get("id").asString();

        assertThat(api.delete("/api/v1/leads/" + lead).statusCode()).isEqualTo(204);

        UUID id = UUID.fromString(lead);
        assertThat(jdbc.sql("SELECT attributes FROM leads WHERE id = :id").param("id", id).query(String.class)
                .optional()).isEmpty();
        assertThat(jdbc.sql("SELECT properties FROM activities WHERE lead_id = :id").param("id", id)
                .query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("SELECT activity_value FROM activities WHERE lead_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(3);
        List<String> snapshots = jdbc.sql("SELECT input_snapshot || result FROM decisions WHERE lead_id = :id")
                .param("id", id).query(String.class).list();
        assertThat(snapshots).isNotEmpty().noneMatch(text -> text.contains(secret));
    }

    @Test
    void anActivityRepostedWithOtherContentIsAConflictAndTheStoredOneStays() {
        String lead = api.expect(201, api.postJson("/api/v1/leads", lead("{}", visit("\"value\": 120")))).get("id")
                .asString();

        JsonNode conflict = api.problem(api.postJson("/api/v1/leads/" + lead + "/activities",
                "[" + visit("\"value\": 120") + ", " + visit("\"value\": 90, \"properties\": {\"page\": \"/x\"}")
                        + "]"), 409, "/problems/activity-conflict");

        assertThat(conflict.get("errors").valueStream().map(e -> e.get("field").asString() + ": "
                + e.get("message").asString())).containsExactly("activities[1].value: stored 120, sent 90",
                "activities[1].properties.page: stored nothing, sent /x");
        assertThat(conflict.get("detail").asString()).contains("activities[1].value: stored 120, sent 90");
        JsonNode stored = api.ok(api.get("/api/v1/leads/" + lead + "/activities")).get("items");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("value").decimalValue()).isEqualByComparingTo("120");
        JsonNode again = api.ok(api.postJson("/api/v1/leads/" + lead + "/activities", visit("\"value\": 120.0")));
        assertThat(again.get("duplicates").valueStream().map(JsonNode::asString)).containsExactly("v1");
    }

    @Test
    void theSameIdTwiceInOnePostWithOtherContentIsAConflictAndNothingIsStored() {
        String lead = api.expect(201, api.postJson("/api/v1/leads", lead("{}"))).get("id").asString();

        JsonNode conflict = api.problem(api.postJson("/api/v1/leads/" + lead + "/activities", "[" + visit("")
                + ", " + visit("\"value\": 1") + "]"), 409, "/problems/activity-conflict");

        assertThat(conflict.get("errors").get(0).get("message").asString())
                .isEqualTo("activities[0] has nothing, sent 1");
        assertThat(api.ok(api.get("/api/v1/leads/" + lead + "/activities")).get("items").isEmpty()).isTrue();
    }

    private JsonNode attributes(String lead) {
        return api.ok(api.get("/api/v1/leads/" + lead)).get("attributes");
    }

    private String lead(String attributes, String... activities) {
        return "{\"lead\": {\"externalId\": \"crm-" + tag + "\", \"email\": \"" + tag + "@example.com\", "
                + "\"consent\": {\"dataProcessing\": true}, \"attributes\": " + attributes + "}, "
                + "\"activities\": [" + String.join(", ", activities) + "]}";
    }

    private static String visit(String more) {
        return "{\"id\": \"v1\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-20T10:00:00Z\""
                + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    private static String scoreRequest(String attributes, String activity) {
        return "{\"asOf\": \"2026-11-22T12:00:00Z\", \"lead\": {\"email\": \"ana@acme-soft.com\", \"jobTitle\": "
                + "\"CTO\", \"consent\": {\"dataProcessing\": true}" + attributes + "}, \"activities\": [{\"id\": "
                + "\"e1\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-20T10:00:00Z\"" + activity + "}]}";
    }
}
