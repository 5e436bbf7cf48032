package io.leadrules.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Idempotency-Key as an attacker uses it: the kept answers are a second copy of what the service answered, in the
 * database for a day. A secret shown once (an API key, a webhook's signing secret) must not be kept there in clear,
 * and an erased person's data must not be answered again.
 */
@FullServiceTest
class IdempotencyAttackTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String tag;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        tag = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void aWebhookSigningSecretIsNeitherKeptInClearNorAnsweredAgain() {
        String key = UUID.randomUUID().toString();
        String body = "{\"url\": \"https://203.0.113.10/" + tag + "\", \"events\": [\"ruleset.activated\"]}";
        JsonNode created = api.expect(201, post("/api/v1/webhooks", key, body));
        String secret = created.get("secret").asString();

        HttpResponse<String> again = post("/api/v1/webhooks", key, body);

        assertThat(kept(key)).doesNotContain(secret);
        JsonNode problem = api.problem(again, 409, "/problems/idempotency-answer-withheld");
        assertThat(problem.get("title").asString()).isEqualTo("The first answer to this Idempotency-Key is not repeated");
        assertThat(problem.get("location").asString()).endsWith(created.get("subscription").get("id").asString());
        assertThat(again.body()).doesNotContain(secret);
        assertThat(api.ok(api.get("/api/v1/webhooks")).get("items").valueStream()
                .filter(item -> item.get("url").asString().endsWith(tag))).hasSize(1);
        assertThat(api.send("/api/v1/webhooks/" + created.get("subscription").get("id").asString(),
                request -> request.DELETE()).statusCode()).isEqualTo(204);
    }

    @Test
    void aNewApiKeyIsNotKeptInClearForAReplay() {
        String key = UUID.randomUUID().toString();
        String body = "{\"user\": \"admin\", \"roles\": [\"SCORER\"], \"label\": \"" + tag + "\"}";
        String apiKey = api.expect(201, post("/api/v1/api-keys", key, body)).get("key").asString();

        HttpResponse<String> again = post("/api/v1/api-keys", key, body);

        assertThat(kept(key)).doesNotContain(apiKey);
        api.problem(again, 409, "/problems/idempotency-answer-withheld");
        assertThat(again.body()).doesNotContain(apiKey);
    }

    @Test
    void anErasedLeadsAnswerIsNotRepeatedWithItsPersonalData() {
        String key = UUID.randomUUID().toString();
        String email = tag + "@erased-soft.com";
        String lead = "{\"lead\": {\"externalId\": \"crm-" + tag + "\", \"email\": \"" + email + "\", \"firstName\": "
                + "\"Ada" + tag + "\", \"company\": \"Erased " + tag + "\", \"consent\": {\"dataProcessing\": true}}}";
        HttpResponse<String> first = post("/api/v1/leads", key, lead);
        String id = api.expect(201, first).get("id").asString();
        assertThat(api.send("/api/v1/leads/" + id, request -> request.DELETE()).statusCode()).isEqualTo(204);

        HttpResponse<String> again = post("/api/v1/leads", key, lead);

        assertThat(again.body()).doesNotContain(email, "Ada" + tag, "Erased " + tag);
        assertThat(kept(key)).doesNotContain(email, "Ada" + tag, "Erased " + tag);
        api.problem(again, 409, "/problems/idempotency-answer-withheld");
    }

    @Test
    void anErasedLeadsActivityAnswerIsNotRepeatedEither() {
        String lead = "{\"lead\": {\"externalId\": \"crm-" + tag + "\", \"email\": \"" + tag + "@erased-soft.com\", "
                + "\"consent\": {\"dataProcessing\": true}}}";
        String id = api.expect(201, api.postJson("/api/v1/leads", lead)).get("id").asString();
        String key = UUID.randomUUID().toString();
        String activity = "{\"id\": \"a-" + tag + "\", \"type\": \"PAGE_VIEW\", \"occurredAt\": "
                + "\"2026-11-21T10:00:00Z\", \"detail\": \"Visited by Ada " + tag + "\"}";
        assertThat(post("/api/v1/leads/" + id + "/activities", key, activity).statusCode()).isBetween(200, 299);
        assertThat(api.send("/api/v1/leads/" + id, request -> request.DELETE()).statusCode()).isEqualTo(204);

        HttpResponse<String> again = post("/api/v1/leads/" + id + "/activities", key, activity);

        JsonNode problem = api.problem(again, 409, "/problems/idempotency-answer-withheld");
        assertThat(problem.get("reason").asString()).isEqualTo("erased");
        assertThat(kept(key)).doesNotContain("Ada " + tag);
    }

    /** Everything kept for the key, whoever holds it: the headers and the body as text. */
    private String kept(String key) {
        return jdbc.sql("SELECT headers, body FROM idempotency_keys WHERE idem_key = :key").param("key", key)
                .query((row, number) -> row.getString("headers") + "\n" + (row.getBytes("body") == null ? ""
                        : new String(row.getBytes("body"), StandardCharsets.UTF_8)))
                .list().toString();
    }

    private HttpResponse<String> post(String path, String key, String body) {
        return api.send(path, request -> request.header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(BodyPublishers.ofString(body)));
    }
}
