package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service over real HTTP, against the real default rule set (compiled once for every test here: keep
 * this class's configuration identical for any further full test so that Spring shares the context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:leadrules-test;DB_CLOSE_DELAY=-1")
@Import(ScoringJourneyTest.FixedClock.class)
public class ScoringJourneyTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    static final String ISSUE_EXAMPLE = """
            {"asOf": "2026-11-22T12:00:00Z",
             "lead": {"externalId": "crm-42", "firstName": "Ana", "lastName": "Garcia", "email": "ana@acme-soft.com",
                      "phone": "+34 612 345 678", "company": "Acme Soft", "jobTitle": "Marketing Director",
                      "industry": "SOFTWARE", "companySize": 250, "annualRevenue": 12000000, "country": "ES",
                      "source": "ORGANIC_SEARCH", "leadMagnet": "EBOOK", "productInterest": "crm-suite",
                      "consent": {"dataProcessing": true, "profilingObjection": false, "policyVersion": "2026-01"}},
             "activities": [{"id": "e1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}""";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theIssueExampleScores63AndGoesToSales() throws Exception {
        HttpResponse<String> response = post(BodyPublishers.ofString(ISSUE_EXAMPLE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("rulesetVersion").asString()).isEqualTo("1");
        assertThat(answer.get("asOf").asString()).isEqualTo("2026-11-22T12:00:00Z");
        assertThat(answer.get("valid").asBoolean()).isTrue();
        assertThat(answer.get("score").asInt()).isEqualTo(63);
        assertThat(answer.get("weights").get("fit").asInt()).isEqualTo(50);
        assertThat(answer.get("weights").get("engagement").asInt()).isEqualTo(50);
        assertThat(answer.get("temperature").asString()).isEqualTo("WARM");
        assertThat(answer.get("stage").asString()).isEqualTo("SQL");
        assertThat(answer.get("funnelStage").asString()).isEqualTo("BOFU");
        assertThat(answer.get("priority").asString()).isEqualTo("P1");
        assertThat(answer.get("nextActions").get(0).get("code").asString()).isEqualTo("ROUTE_TO_SALES");
        assertThat(answer.get("dataQuality").isEmpty()).isTrue();
    }

    @Test
    void theIssueExampleExplainsEveryPointWithItsRuleAndCell() throws Exception {
        JsonNode answer = json.readTree(post(BodyPublishers.ofString(ISSUE_EXAMPLE)).body());

        JsonNode fit = answer.get("fit");
        assertThat(fit.get("score").asInt()).isEqualTo(85);
        assertThat(fit.get("grade").asString()).isEqualTo("A");
        assertThat(categoriesAndPoints(fit.get("breakdown"))).containsExactly(
                "ROLE 24", "COMPANY_SIZE 12", "INDUSTRY 15", "REVENUE 12", "NEED 15", "SOURCE 7");
        fit.get("breakdown").forEach(ScoringJourneyTest::assertExplainedBySpreadsheetCell);

        JsonNode engagement = answer.get("engagement");
        assertThat(engagement.get("score").asInt()).isEqualTo(40);
        assertThat(categoriesAndPoints(engagement.get("breakdown"))).containsExactly("DEMO_REQUESTED 40");
        assertThat(engagement.get("breakdown").get(0).get("detail").asString()).isEqualTo("1 event, 2 days old");
        engagement.get("breakdown").forEach(ScoringJourneyTest::assertExplainedBySpreadsheetCell);

        assertThat(answer.get("firedRules").isEmpty()).isFalse();
        answer.get("firedRules").forEach(rule -> {
            assertThat(rule.get("ruleId").asString()).isNotBlank();
            assertThat(rule.get("source").get("file").asString()).isNotBlank();
            assertThat(rule.get("firings").asInt()).isPositive();
        });
    }

    @Test
    void asOfDefaultsToTheServiceClock() throws Exception {
        JsonNode answer = json.readTree(post(BodyPublishers.ofString(
                ISSUE_EXAMPLE.replace("\"asOf\": \"2026-11-22T12:00:00Z\",", ""))).body());

        assertThat(answer.get("asOf").asString()).isEqualTo(NOW.toString());
        assertThat(answer.get("score").asInt()).isEqualTo(63);
    }

    @Test
    void aLeadWithoutConsentIsInvalidAndNotScored() throws Exception {
        HttpResponse<String> response = post(BodyPublishers.ofString(
                ISSUE_EXAMPLE.replace("\"dataProcessing\": true", "\"dataProcessing\": false")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("valid").asBoolean()).isFalse();
        assertThat(answer.get("stage").asString()).isEqualTo("INVALID");
        for (String member : List.of("score", "temperature", "funnelStage", "priority")) {
            assertThat(answer.has(member)).as(member).isTrue();
            assertThat(answer.get(member).isNull()).as(member).isTrue();
        }
        assertThat(answer.get("fit").get("score").isNull()).isTrue();
        assertThat(answer.get("engagement").get("score").isNull()).isTrue();
        assertThat(answer.get("nextActions").get(0).get("code").asString()).isEqualTo("REQUEST_CONSENT");
    }

    @Test
    void anUnknownButWellFormedActivityTypeIsAWarningNotAnError() throws Exception {
        HttpResponse<String> response = post(BodyPublishers.ofString(ISSUE_EXAMPLE.replace("\"activities\": [",
                "\"activities\": [{\"type\": \"CARRIER_PIGEON\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}, ")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("score").asInt()).isEqualTo(63);
        assertThat(answer.get("dataQuality").valueStream().map(f -> f.get("code").asString() + " "
                + f.get("field").asString() + " " + f.get("severity").asString()))
                .containsExactly("UNKNOWN_ACTIVITY_TYPE activities[0].type WARNING");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWhetherAnnouncedOrStreamed() throws Exception {
        byte[] large = ("{\"lead\": {\"firstName\": \"" + "a".repeat(1_100_000) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);

        assertProblem(post(BodyPublishers.ofByteArray(large)), 413, "/problems/payload-too-large");
        assertProblem(post(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))), 413,
                "/problems/payload-too-large");
    }

    @Test
    void unknownPathsAreNotFoundProblems() throws Exception {
        for (String path : List.of("/api/v1/nope", "/nope", "/v2/anything")) {
            HttpResponse<String> response = http.send(TestCredentials.request(uri(path))
                    .header("Accept", "text/html").GET().build(), BodyHandlers.ofString());
            assertProblem(response, 404, "/problems/not-found");
        }
    }

    @Test
    void aRequestTomcatRefusesBeforeTheServiceSeesItIsStillAProblem() throws Exception {
        String raw = rawExchange("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(raw).contains("\"type\":\"/problems/bad-request\"").doesNotContain("<html");
    }

    @Test
    void problemTypesAreServedAsPages() throws Exception {
        HttpResponse<String> page = get("/problems/payload-too-large");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The request body is too large");
    }

    @Test
    void theOpenApiDocumentDescribesScoring() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/scores")).isTrue();
        assertThat(get("/swagger-ui.html").statusCode()).isLessThan(400);
    }

    @Test
    void healthIsUpAndOnlyHealthAndInfoAreExposed() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        assertProblem(get("/actuator/env"), 404, "/problems/not-found");
    }

    private HttpResponse<String> post(BodyPublisher body) throws IOException, InterruptedException {
        return http.send(TestCredentials.request(uri("/api/v1/scores"))
                .header("Content-Type", "application/json").POST(body).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(TestCredentials.request(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private static List<String> categoriesAndPoints(JsonNode breakdown) {
        List<String> entries = new ArrayList<>();
        breakdown.forEach(entry -> entries.add(entry.get("category").asString() + " " + entry.get("points").asInt()));
        return entries;
    }

    private static void assertExplainedBySpreadsheetCell(JsonNode entry) {
        assertThat(entry.get("ruleId").asString()).as("ruleId of %s", entry).isNotBlank();
        assertThat(entry.get("reason").asString()).as("reason of %s", entry).isNotBlank();
        JsonNode source = entry.get("source");
        assertThat(source.get("file").asString()).as("file of %s", entry).endsWith(".drl.xlsx");
        assertThat(source.get("sheet").asString()).as("sheet of %s", entry).isNotBlank();
        assertThat(source.get("cell").asString()).as("cell of %s", entry).matches("[A-Z]+[0-9]+");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
