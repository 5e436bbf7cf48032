package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What an operator's tools see (docs/integration.md, "Metrics"): the metrics a Prometheus server scrapes with a key of
 * the METRICS role after a journey (score, create a lead, post an activity, a rescoring job), refused without that
 * role; health with the database and the active rule set, detailed to an ADMIN only; liveness and readiness; info
 * with the build and the active rule set.
 */
@FullServiceTest
class OperationsJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    private ApiClient api;
    private String active;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        active = api.ok(api.get("/api/v1/rulesets/active")).get("id").asString();
    }

    @Test
    void aScrapeAfterAJourneyNamesEvaluationsFiringsTheActiveVersionRequestsJobsAndImports() {
        String metrics = bearer(key("METRICS"));
        double evaluatedBefore = scoredEvaluations(scrape(metrics));

        journey();
        String scraped = scrape(metrics);

        assertThat(scoredEvaluations(scraped)).isGreaterThanOrEqualTo(evaluatedBefore + 3);
        assertThat(lines(scraped, "leadrules_evaluations_seconds_sum{")).isNotEmpty();
        assertThat(lines(scraped, "leadrules_rule_firings_total{")).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("rule=\""));
        assertThat(lines(scraped, "leadrules_ruleset_active{")).singleElement().satisfies(line -> assertThat(line)
                .contains("version=\"" + active + "\"").contains("application=\"leadrules\"").endsWith(" 1.0"));
        assertThat(lines(scraped, "leadrules_job_progress{")).anySatisfy(line -> assertThat(line)
                .contains("job=\"rescoring\"").contains("count=\"total\""));
        assertThat(lines(scraped, "leadrules_job_progress{")).extracting(OperationsJourneyTest::label)
                .contains("rescoring", "simulation", "backtest", "lead-import");
        assertThat(lines(scraped, "leadrules_job_progress{")).as("every job table was read")
                .noneSatisfy(line -> assertThat(line).endsWith("NaN"));
        assertThat(lines(scraped, "leadrules_lead_imports_lines_total{")).hasSize(3);
        assertThat(lines(scraped, "http_server_requests_seconds_count{"))
                .anySatisfy(line -> assertThat(line).contains("uri=\"/api/v1/leads\"").contains("status=\"201\""))
                .anySatisfy(line -> assertThat(line).contains("uri=\"/api/v1/scores\""));
    }

    @Test
    void scrapingNeedsACredentialWithTheMetricsRole() {
        api.problem(anonymous("/actuator/prometheus"), 401, "/problems/unauthorized");
        api.problem(api.getAs("/actuator/prometheus", bearer(key("SCORER"))), 403, "/problems/forbidden");
        api.problem(api.getAs("/actuator/prometheus", bearer(key("ADMIN"))), 403, "/problems/forbidden");
        api.problem(api.getAs("/api/v1/leads", bearer(key("METRICS"))), 403, "/problems/forbidden");
    }

    /** Series are keyed by path templates and fixed words: nothing a caller writes in a URL becomes a label value. */
    @Test
    void aCallersRawPathNeverBecomesASeries() {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        api.get("/api/v1/leads/" + marker);
        api.get("/api/v1/leads?q=" + marker + "&sort=" + marker);
        api.get("/api/v1/" + marker);
        anonymous("/" + marker + "%22%7D%0Aevil_total%201");

        assertThat(scrape(bearer(key("METRICS")))).doesNotContain(marker, "evil_total");
    }

    /** Another spelling of the path must not reach the scrape past the METRICS rule, nor an endpoint not exposed. */
    @Test
    void noOtherSpellingOfAnActuatorPathServesWhatTheRolesRefuse() {
        String scorer = bearer(key("SCORER"));
        for (String path : List.of("/actuator/prometheus/", "/actuator//prometheus", "/actuator/prometheus;x=1",
                "/actuator/Prometheus", "/actuator/prometheus?format=openmetrics", "/actuator/health/db",
                "/actuator/health/ruleSet/", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/loggers", "/actuator/metrics", "/actuator/configprops",
                "/actuator/mappings", "/actuator")) {
            HttpResponse<String> answer = api.getAs(path, scorer);
            assertThat(answer.statusCode()).as(path).isIn(400, 403, 404);
            assertThat(answer.body()).as(path).doesNotContain("leadrules_", "jvm_", "\"details\"", "\"db\"");
        }
        for (String path : List.of("/actuator/env", "/actuator/heapdump", "/actuator/beans", "/actuator/metrics")) {
            assertThat(api.getAs(path, bearer(key("ADMIN"))).statusCode()).as(path).isIn(403, 404);
        }
    }

    @Test
    void healthShowsTheDatabaseAndTheActiveRuleSetToAnAdminOnly() {
        JsonNode components = actuator(api.getAs("/actuator/health", bearer(key("ADMIN")))).get("components");

        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        JsonNode ruleSet = components.get("ruleSet");
        assertThat(ruleSet.get("status").asString()).isEqualTo("UP");
        assertThat(ruleSet.get("details").get("version").asString()).isEqualTo(active);
        assertThat(ruleSet.get("details").get("compiled").asBoolean()).isTrue();
        for (String role : List.of("AUDITOR", "METRICS", "SCORER")) {
            JsonNode health = actuator(api.getAs("/actuator/health", bearer(key(role))));
            assertThat(health.has("components")).as(role).isFalse();
            assertThat(health.get("status").asString()).isEqualTo("UP");
        }
        assertThat(actuator(anonymous("/actuator/health")).has("components")).isFalse();
    }

    @Test
    void livenessAndReadinessAreOpenAndReadinessLooksAtTheDatabaseAndTheRuleSet() {
        assertThat(actuator(anonymous("/actuator/health/liveness")).get("status").asString()).isEqualTo("UP");
        assertThat(actuator(anonymous("/actuator/health/readiness")).get("status").asString()).isEqualTo("UP");

        JsonNode readiness = actuator(api.getAs("/actuator/health/readiness", bearer(key("ADMIN"))));
        assertThat(readiness.get("components").propertyNames()).contains("db", "ruleSet", "readinessState");
    }

    @Test
    void infoHasTheServiceVersionAndTheActiveRuleSet() {
        JsonNode version = api.ok(api.get("/api/v1/rulesets/active"));

        JsonNode info = actuator(api.getAs("/actuator/info", bearer(key("METRICS"))));

        assertThat(info.get("build").get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.get("build").get("artifact").asString()).isEqualTo("leadrules-app");
        JsonNode ruleSet = info.get("ruleSet");
        assertThat(ruleSet.get("version").asString()).isEqualTo(active);
        assertThat(ruleSet.get("contentHash").asString()).isEqualTo(version.get("contentHash").asString());
        JsonNode activations = version.get("activations");
        assertThat(ruleSet.get("activatedAt").asString())
                .isEqualTo(activations.get(activations.size() - 1).get("activatedAt").asString());
        api.problem(anonymous("/actuator/info"), 401, "/problems/unauthorized");
    }

    /** Score, create a lead, post an activity, rescore: the journey whose traces the metrics must show. */
    private void journey() {
        api.ok(api.postJson("/api/v1/scores", ScoringJourneyTest.ISSUE_EXAMPLE));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String lead = api.expect(201, api.postJson("/api/v1/leads", ScoringJourneyTest.ISSUE_EXAMPLE
                .replace("\"asOf\": \"2026-11-22T12:00:00Z\",", "").replace("crm-42", "crm-ops-" + tag)
                .replace("ana@acme-soft.com", "ana." + tag + "@acme-soft.com")
                .replace("Acme Soft", "Acme Soft " + tag))).get("id").asString();
        api.ok(api.postJson("/api/v1/leads/" + lead + "/activities",
                "{\"id\": \"ops-1\", \"type\": \"DEMO_REQUESTED\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}"));
        runToTheEnd(api.expect(202, api.post("/api/v1/rescoring-jobs")).get("id").asString());
    }

    private void runToTheEnd(String job) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            String state = api.ok(api.get("/api/v1/rescoring-jobs/" + job)).get("state").asString();
            if (List.of("DONE", "FAILED", "CANCELLED").contains(state)) {
                return;
            }
            pause();
        }
        throw new AssertionError("The rescoring job did not end within " + PATIENCE);
    }

    private String scrape(String authorization) {
        HttpResponse<String> answer = api.getAs("/actuator/prometheus", authorization);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        return answer.body();
    }

    /** The count of the timer of scored evaluations by the active version, 0 when there is none yet. */
    private double scoredEvaluations(String scraped) {
        return lines(scraped, "leadrules_evaluations_seconds_count{").stream()
                .filter(line -> line.contains("outcome=\"scored\"") && line.contains("version=\"" + active + "\""))
                .findFirst().map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }

    private static List<String> lines(String scraped, String prefix) {
        return scraped.lines().filter(line -> line.startsWith(prefix)).toList();
    }

    private static String label(String line) {
        Matcher job = Pattern.compile("job=\"([^\"]+)\"").matcher(line);
        return Optional.of(job).filter(Matcher::find).map(found -> found.group(1)).orElse("");
    }

    /** An actuator answer: 200 and JSON (of the actuator's own media type, when nothing else is asked for). */
    private JsonNode actuator(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return api.tree(answer.body());
    }

    /** A GET without credentials. */
    private HttpResponse<String> anonymous(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String key(String role) {
        return api.expect(201, api.postJson("/api/v1/api-keys", "{\"user\": \"admin\", \"roles\": [\"" + role
                + "\"], \"label\": \"operations test\"}")).get("key").asString();
    }

    private static String bearer(String key) {
        return "Bearer " + key;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
