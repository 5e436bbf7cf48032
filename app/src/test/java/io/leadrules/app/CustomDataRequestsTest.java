package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What a client may not send as attributes or activity values and properties, through every endpoint that takes
 * them: each refusal a 400 naming the member, and a refused request stores nothing.
 */
@FullServiceTest
class CustomDataRequestsTest {

    private static final String ACTIVITY = "{\"id\": \"e1\", \"type\": \"PAGE_VIEW\", "
            + "\"occurredAt\": \"2026-11-20T10:00:00Z\"";

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
    void badAttributeNamesAreRefusedNamingEachOne() {
        JsonNode problem = invalidScore("""
                {"time_on_site": 1, "email": "x@y.z", "consent": true, "%s": 1}""".formatted("a".repeat(65)));

        assertThat(fields(problem)).containsExactly("lead.attributes." + "a".repeat(64) + "...",
                "lead.attributes.consent", "lead.attributes.email", "lead.attributes.time_on_site");
    }

    @Test
    void nestedObjectsAndArraysAreNoAttributeValues() {
        JsonNode problem = invalidScore("{\"address\": {\"city\": \"Madrid\"}, \"visits\": [1, 2]}");

        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString() + " "
                + e.get("message").asString())).containsExactly(
                "lead.attributes.address must be a text, a number, true or false, or null; not an object",
                "lead.attributes.visits must be a text, a number, true or false, or null; not an array");
    }

    @Test
    void aHundredAndOneAttributesOrAThousandAndOneCharactersAreTooMuch() {
        String many = IntStream.range(0, 101).mapToObj(i -> "\"a" + i + "\": " + i)
                .collect(Collectors.joining(", ", "{", "}"));

        assertThat(fields(invalidScore(many))).containsExactly("lead.attributes");
        assertThat(fields(invalidScore("{\"note\": \"" + "x".repeat(1_001) + "\"}")))
                .containsExactly("lead.attributes.note");
        assertThat(fields(invalidScore("{\"revenueShare\": 1e13}"))).containsExactly("lead.attributes.revenueShare");
    }

    @Test
    void anActivityValueIsABoundedJsonNumberNeverNaNOrText() {
        assertThat(fields(api.problem(score("{}", ACTIVITY + ", \"value\": 1e13}"), 400, "/problems/invalid-lead")))
                .containsExactly("activities[0].value");
        assertThat(fields(api.problem(score("{}", ACTIVITY + ", \"value\": 0.0000001}"), 400,
                "/problems/invalid-lead"))).containsExactly("activities[0].value");
        assertThat(fields(api.problem(score("{}", ACTIVITY + ", \"value\": \"90\"}"), 400,
                "/problems/invalid-member-type"))).containsExactly("activities[0].value");
        api.problem(score("{}", ACTIVITY + ", \"value\": NaN}"), 400, "/problems/malformed-json");
    }

    @Test
    void twentyOnePropertiesOrANonTextPropertyAreRefused() {
        String many = IntStream.range(0, 21).mapToObj(i -> "\"p" + i + "\": \"v\"")
                .collect(Collectors.joining(", ", "{", "}"));

        assertThat(fields(api.problem(score("{}", ACTIVITY + ", \"properties\": " + many + "}"), 400,
                "/problems/invalid-lead"))).containsExactly("activities[0].properties");
        assertThat(fields(api.problem(score("{}", ACTIVITY + ", \"properties\": {\"page\": 7}}"), 400,
                "/problems/invalid-member-type"))).containsExactly("activities[0].properties.page");
    }

    @Test
    void aRefusedLeadIsNotStored() {
        HttpResponse<String> refused = api.postJson("/api/v1/leads", """
                {"lead": {"externalId": "crm-%s", "attributes": {"phone": "+34 600"}}}""".formatted(tag));

        assertThat(fields(api.problem(refused, 400, "/problems/invalid-lead")))
                .containsExactly("lead.attributes.phone");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM leads WHERE external_id = :id").param("id", "crm-" + tag)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aPatchAndAnActivityPostAreCheckedTheSameWayAndChangeNothing() {
        String lead = api.tree(api.postJson("/api/v1/leads", """
                {"lead": {"externalId": "crm-%s", "attributes": {"leadOrigin": "API"}}}""".formatted(tag)).body())
                .get("id").asString();

        JsonNode patch = api.problem(api.patch("/api/v1/leads/" + lead, "{\"attributes\": {\"x\": [1]}}"), 400,
                "/problems/invalid-lead");
        JsonNode post = api.problem(api.postJson("/api/v1/leads/" + lead + "/activities",
                ACTIVITY + ", \"properties\": {\"Page URL\": \"/x\"}}"), 400, "/problems/invalid-lead");

        assertThat(fields(patch)).containsExactly("attributes.x");
        assertThat(fields(post)).containsExactly("activities[0].properties.Page URL");
        JsonNode stored = api.ok(api.get("/api/v1/leads/" + lead));
        assertThat(stored.get("attributes").propertyNames()).containsExactly("leadOrigin");
        assertThat(api.ok(api.get("/api/v1/leads/" + lead + "/activities")).get("items").isEmpty()).isTrue();
    }

    private JsonNode invalidScore(String attributes) {
        return api.problem(score(attributes, null), 400, "/problems/invalid-lead");
    }

    private HttpResponse<String> score(String attributes, String activity) {
        return api.postJson("/api/v1/scores", "{\"lead\": {\"email\": \"ana@acme-soft.com\", \"attributes\": "
                + attributes + "}" + (activity == null ? "" : ", \"activities\": [" + activity + "]") + "}");
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
