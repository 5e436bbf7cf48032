package io.leadrules.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Idempotency-Key over real HTTP, as the admin: the attacks first (another body, a malformed key), then replays. */
@FullServiceTest
class IdempotencyKeyTest {

    @LocalServerPort
    int port;
    @Autowired
    IdempotencyKeys keys;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String tag;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        tag = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        api.expect(201, create(key, lead("first-" + tag)));

        JsonNode problem = api.problem(create(key, lead("second-" + tag)), 422, "/problems/idempotency-key-reused");

        assertThat(problem.get("title").asString()).isEqualTo("The Idempotency-Key was used for another request");
        assertThat(problem.get("header").asString()).isEqualTo("Idempotency-Key");
        assertThat(api.ok(api.get("/api/v1/leads?q=second-" + tag)).get("total").asInt()).isZero();
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstAnswerWithoutStoringTwice() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = create(key, lead(tag));

        HttpResponse<String> again = create(key, lead(tag));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue(KeptAnswers.REPLAYED)).hasValue("true");
        assertThat(first.headers().firstValue(KeptAnswers.REPLAYED)).isEmpty();
        assertThat(api.ok(create(null, lead(tag))).get("merged").asBoolean()).isTrue();
    }

    @Test
    void aRefusedRequestIsAnsweredWithTheSameRefusalAgain() {
        String key = UUID.randomUUID().toString();
        String invalid = "{\"lead\": {\"externalId\": \"" + tag + "\"}, \"unknownMember\": 1}";
        HttpResponse<String> first = create(key, invalid);

        HttpResponse<String> again = create(key, invalid);

        assertThat(first.statusCode()).isBetween(400, 499);
        assertThat(again.statusCode()).isEqualTo(first.statusCode());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aKeyLongerThan255CharactersIsA400NamingTheHeader() {
        JsonNode problem = api.problem(create("k".repeat(256), lead(tag)), 400, "/problems/invalid-idempotency-key");

        assertThat(problem.get("title").asString()).isEqualTo("The Idempotency-Key header is not usable");
        assertThat(problem.get("header").asString()).isEqualTo("Idempotency-Key");
        assertThat(problem.get("detail").asString()).contains("Idempotency-Key", "256");
        assertThat(api.ok(api.get("/api/v1/leads?q=" + tag)).get("total").asInt()).isZero();
    }

    @Test
    void aKeyWithAControlCharacterIsA400() {
        JsonNode problem = api.problem(create("a\tb", lead(tag)), 400, "/problems/invalid-idempotency-key");

        assertThat(problem.get("detail").asString()).contains("U+0009");
    }

    @Test
    void aKeyWhoseFirstRequestHasNotAnsweredIsA409WithRetryAfter() {
        String key = UUID.randomUUID().toString();
        Instant now = Instant.now();
        keys.claim(adminKeyScope(), key, "0".repeat(64), now, now.plus(Duration.ofDays(1)));

        HttpResponse<String> answer = create(key, lead(tag));

        JsonNode problem = api.problem(answer, 409, "/problems/idempotency-key-in-flight");
        assertThat(problem.get("title").asString()).isEqualTo("A request with this Idempotency-Key is still running");
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(api.ok(api.get("/api/v1/leads?q=" + tag)).get("total").asInt()).isZero();
    }

    @Test
    void keysOfAnotherCredentialNeverMeet() {
        String key = UUID.randomUUID().toString();
        Instant now = Instant.now();
        keys.claim("someone-else", key, "0".repeat(64), now, now.plus(Duration.ofDays(1)));

        assertThat(create(key, lead(tag)).statusCode()).isEqualTo(201);
    }

    /**
     * Attack: a second key of the same user (another integration of one team) sends a different lead under a key the
     * first one used. Scoped by user, it was refused as a reuse, or would have answered the first key's lead.
     */
    @Test
    void twoApiKeysOfOneUserAreTwoCredentials() {
        String other = api.expect(201, api.postJson("/api/v1/api-keys",
                "{\"user\": \"admin\", \"roles\": [\"SCORER\"], \"label\": \"second-" + tag + "\"}"))
                .get("key").asString();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = create(key, lead("one-" + tag));

        HttpResponse<String> second = api.send("/api/v1/leads", request -> request.setHeader("Authorization",
                "Bearer " + other).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(BodyPublishers.ofString(lead("two-" + tag))));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue(KeptAnswers.REPLAYED)).isEmpty();
        assertThat(second.headers().firstValue("Location")).isNotEqualTo(first.headers().firstValue("Location"));
    }

    /**
     * Attack: a key's answer is kept a day; the API key that got it is revoked (it leaked). Sending the same request
     * with the same Idempotency-Key must not read the kept answer back: the credential is refused before any key is
     * looked at.
     */
    @Test
    void aRevokedApiKeyCannotReplayTheAnswersItWasGiven() {
        JsonNode created = api.expect(201, api.postJson("/api/v1/api-keys",
                "{\"user\": \"admin\", \"roles\": [\"SCORER\"], \"label\": \"leaked-" + tag + "\"}"));
        String leaked = created.get("key").asString();
        String key = UUID.randomUUID().toString();
        assertThat(sendAs(leaked, key, lead("leak-" + tag)).statusCode()).isEqualTo(201);
        assertThat(api.send("/api/v1/api-keys/" + created.get("id").asLong(),
                request -> request.DELETE()).statusCode()).isEqualTo(204);

        HttpResponse<String> replay = sendAs(leaked, key, lead("leak-" + tag));

        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.headers().firstValue(KeptAnswers.REPLAYED)).isEmpty();
        assertThat(replay.body()).doesNotContain("leak-" + tag);
    }

    private HttpResponse<String> sendAs(String apiKey, String key, String json) {
        return api.send("/api/v1/leads", request -> request.setHeader("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(BodyPublishers.ofString(json)));
    }

    /** Scoring one lead stores nothing: its answer (the person's data) is not kept a day under a key. */
    @Test
    void scoringOneLeadIsNotKeptUnderAKey() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/api/v1/scores", key, lead("score-" + tag), "application/json");

        HttpResponse<String> again = post("/api/v1/scores", key, lead("other-" + tag), "application/json");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue(KeptAnswers.REPLAYED)).isEmpty();
    }

    /** Attack: {@code store=%74rue} is an import to the handler; the key must be looked at all the same. */
    @Test
    void aPercentEncodedStoreIsStillAnImportUnderItsKey() {
        String key = UUID.randomUUID().toString();
        String ndjson = lead("encoded-" + tag) + "\n";
        HttpResponse<String> first = post("/api/v1/scores/batch?store=%74rue", key, ndjson, "application/x-ndjson");

        HttpResponse<String> again = post("/api/v1/scores/batch?store=%74rue", key, ndjson, "application/x-ndjson");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.headers().firstValue(KeptAnswers.REPLAYED)).hasValue("true");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void anExpiredKeyIsForgottenAndPurged() {
        String key = UUID.randomUUID().toString();
        Instant then = Instant.parse("2020-01-01T00:00:00Z");
        keys.claim("admin", key, "a".repeat(64), then, then.plus(Duration.ofHours(24)));

        assertThat(keys.claim("admin", key, "b".repeat(64), then.plus(Duration.ofHours(25)),
                then.plus(Duration.ofHours(49)))).isInstanceOf(KeyClaim.Claimed.class);
        assertThat(keys.purge(then.plus(Duration.ofHours(50)))).isGreaterThanOrEqualTo(1);
        assertThat(keys.claim("admin", key, "c".repeat(64), then, then.plus(Duration.ofHours(1))))
                .isInstanceOf(KeyClaim.Claimed.class);
    }

    @Test
    void aLeadImportWithTheSameKeyStartsOneJob() {
        String key = UUID.randomUUID().toString();
        String ndjson = lead("import-" + tag) + "\n";
        HttpResponse<String> first = post("/api/v1/scores/batch?store=true", key, ndjson, "application/x-ndjson");

        HttpResponse<String> again = post("/api/v1/scores/batch?store=true", key, ndjson, "application/x-ndjson");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue(KeptAnswers.REPLAYED)).hasValue("true");
    }

    @Test
    void bulkScoringsStreamDoesNotLookAtTheKey() {
        String key = UUID.randomUUID().toString();
        String ndjson = lead("stream-" + tag) + "\n";
        HttpResponse<String> first = post("/api/v1/scores/batch", key, ndjson, "application/x-ndjson");

        HttpResponse<String> again = post("/api/v1/scores/batch", key, ndjson + ndjson, "application/x-ndjson");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"lines\":2");
        assertThat(again.headers().firstValue(KeptAnswers.REPLAYED)).isEmpty();
    }

    @Test
    void aRuleSetUploadSentAgainWithAnotherBoundaryIsTheSameUpload() {
        String key = UUID.randomUUID().toString();
        String drl = """
                package leadrules.data_quality;
                import io.leadrules.rules.vocabulary.*;

                rule "DQ-IDEMPOTENT-%s Marks a test upload"
                    @reason("An upload sent twice under one key")
                    ruleflow-group "data_quality"
                when
                    Lead( email == "never@acme-soft.com" )
                then
                    insert(new Finding("IDEMPOTENT", "lead", Severity.INFO, "marked", drools.getRule().getName()));
                end
                """.formatted(tag);
        HttpResponse<String> first = upload(key, "Marker.drl", drl);

        HttpResponse<String> again = upload(key, "Marker.drl", drl);
        HttpResponse<String> other = upload(key, "Marker.drl", drl.replace("never@", "other@"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue(KeptAnswers.REPLAYED)).hasValue("true");
        api.problem(other, 422, "/problems/idempotency-key-reused");
    }

    private HttpResponse<String> upload(String key, String name, String content) {
        String boundary = "----leadrules" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return api.send("/api/v1/rulesets", request -> request.header("Idempotency-Key", key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofString(body)));
    }

    @Test
    void theApiDescriptionOffersTheKeyOnEveryPost() {
        JsonNode paths = api.ok(api.get("/v3/api-docs")).get("paths");

        for (String path : List.of("/api/v1/leads", "/api/v1/leads/{id}/activities", "/api/v1/rulesets")) {
            assertThat(paths.get(path).get("post").get("parameters").valueStream()
                    .map(parameter -> parameter.get("name").asString())).as(path).contains("Idempotency-Key");
        }
    }

    /** The scope the admin's key claims keys in (its credential, {@code key:<id>}), read back from a first request. */
    private String adminKeyScope() {
        String first = UUID.randomUUID().toString();
        api.expect(201, create(first, lead("scope" + first.substring(0, 8))));
        return jdbc.sql("SELECT scope FROM idempotency_keys WHERE idem_key = ?").param(first).query(String.class)
                .single();
    }

    private HttpResponse<String> create(String key, String json) {
        return post("/api/v1/leads", key, json, "application/json");
    }

    private HttpResponse<String> post(String path, String key, String body, String contentType) {
        return api.send(path, request -> {
            request.header("Content-Type", contentType).POST(BodyPublishers.ofString(body));
            return key == null ? request : request.header("Idempotency-Key", key);
        });
    }

    private static String lead(String tag) {
        return "{\"lead\": {\"externalId\": \"crm-" + tag + "\", \"email\": \"" + tag + "@acme-soft.com\", "
                + "\"company\": \"Acme " + tag + "\", \"consent\": {\"dataProcessing\": true}}}";
    }
}
