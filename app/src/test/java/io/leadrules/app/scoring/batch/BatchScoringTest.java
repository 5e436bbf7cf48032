package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.TestCredentials;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/scores/batch over real HTTP: answers in input order, one per line, error lines that name line and
 * member while the batch goes on, both formats, the body and line limits (here 12MB and 20,000 characters).
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:batch-scoring-test;DB_CLOSE_DELAY=-1",
                "leadrules.batch.max-body-size=12MB", "leadrules.batch.max-line-length=20000",
                "leadrules.batch.chunk-size=7", "leadrules.security.rate-limits.enabled=false"})
class BatchScoringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLineOfTenMegabytesOfSpacesGetsAnErrorLineAndTheNextLineIsScored() throws Exception {
        String body = lead(1) + "\n" + " ".repeat(10_000_000) + "\n" + lead(3) + "\n";

        List<JsonNode> lines = ndjson(post("", body, NDJSON, NDJSON));

        assertThat(lines.get(0).get("externalId").asString()).isEqualTo("lead-1");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("type").asString()).isEqualTo("/problems/batch-line-too-long");
        assertThat(lines.get(1).get("title").asString()).isEqualTo("A line of the batch is too long");
        assertThat(lines.get(1).get("status").asInt()).isEqualTo(413);
        assertThat(lines.get(2).get("externalId").asString()).isEqualTo("lead-3");
        assertThat(lines.get(3).get("summary").get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void aFormulaCellIsScoredAsTextAndComesBackDefused() throws Exception {
        String csv = "externalId,email,activities\n\"=cmd|' /C calc'!A0\",ana@acme-soft.com,DEMO_REQUESTED@-1d\n";

        HttpResponse<String> answer = post("", csv, CSV, CSV);

        List<String> rows = answer.body().lines().toList();
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(CSV);
        assertThat(rows.get(1)).startsWith("2,2,'=cmd|' /C calc'!A0,");
    }

    @Test
    void jsonLinesWithUnknownMembersOrDeepNestingGetErrorLinesNamingLineAndMember() throws Exception {
        String deep = "{\"lead\": {\"attributes\": {\"a\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}}}";
        String body = "{\"lead\": {\"compnay\": \"Acme\"}}\n" + deep + "\n" + lead(3) + "\n";

        List<JsonNode> lines = ndjson(post("", body, NDJSON, NDJSON));

        assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("type").asString()).isEqualTo("/problems/unknown-member");
        assertThat(lines.get(0).get("errors").get(0).get("field").asString()).isEqualTo("lead.compnay");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("type").asString()).startsWith("/problems/");
        assertThat(lines.get(2).get("score").isNumber()).isTrue();
    }

    @Test
    void answersEveryLineInInputOrderWithOneVersionThenASummary() throws Exception {
        String body = IntStream.rangeClosed(1, 300).mapToObj(BatchScoringTest::lead)
                .collect(Collectors.joining("\n"));

        List<JsonNode> lines = ndjson(post("", body, NDJSON, NDJSON));

        assertThat(lines).hasSize(301);
        for (int i = 0; i < 300; i++) {
            assertThat(lines.get(i).get("line").asInt()).isEqualTo(i + 1);
            assertThat(lines.get(i).get("externalId").asString()).isEqualTo("lead-" + (i + 1));
        }
        assertThat(lines.subList(0, 300)).extracting(line -> line.get("rulesetVersion").asString()).containsOnly(
                lines.get(300).get("summary").get("rulesetVersion").asString());
        assertThat(lines.get(300).get("summary").get("scored").asInt()).isEqualTo(300);
    }

    @Test
    void aBadMemberGetsAnErrorLineAndTheBatchGoesOn() throws Exception {
        String body = "{\"lead\": {\"companySize\": -1}}\n" + lead(2);

        List<JsonNode> lines = ndjson(post("", body, NDJSON, NDJSON));

        assertThat(lines.get(0).get("type").asString()).isEqualTo("/problems/invalid-lead");
        assertThat(lines.get(0).get("errors").get(0).get("field").asString()).isEqualTo("lead.companySize");
        assertThat(lines.get(1).get("grade")).isNotNull();
        assertThat(lines.get(1).get("firedRules").isArray()).isTrue();
    }

    @Test
    void aCsvBatchAnswersInCsvWithAnErrorRowForABadCell() throws Exception {
        String csv = "id,externalId,companySize,asOf\na,crm-1,250,2026-11-20T10:00:00Z\nb,crm-2,many,\nc,crm-3,10,\n";

        List<String> rows = post("", csv, CSV, CSV).body().lines().toList();

        assertThat(rows.get(0)).startsWith("line,id,externalId,valid,score,grade");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("2,a,crm-1,");
        assertThat(rows.get(2)).startsWith("3,").contains("/problems/invalid-row").contains("companySize");
        assertThat(rows.get(3)).startsWith("4,c,crm-3,");
    }

    @Test
    void aCsvBatchMayBeAnsweredInNdjson() throws Exception {
        List<JsonNode> lines = ndjson(post("", "externalId\ncrm-9\n", CSV, NDJSON));

        assertThat(lines.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(0).get("externalId").asString()).isEqualTo("crm-9");
    }

    @Test
    void explainFullAnswersAsTheSingleEndpointDoes() throws Exception {
        List<JsonNode> lines = ndjson(post("?explain=full", lead(1), NDJSON, NDJSON));

        JsonNode answer = lines.get(0);
        assertThat(answer.get("line").asInt()).isEqualTo(1);
        assertThat(answer.get("fit").get("breakdown").isArray()).isTrue();
        assertThat(answer.get("firedRules").get(0).get("ruleId").asString()).isNotBlank();
        assertThat(answer.get("rulesetStatus").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aBodyAnnouncedOverTheBatchLimitIsA413ProblemBeforeItIsRead() throws Exception {
        // A raw request announcing 13MB and sending none of it: refused on the announcement alone (an HTTP client
        // sending the 13MB would race the server closing the connection).
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("POST /api/v1/scores/batch HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + TestCredentials.ADMIN_AUTHORIZATION + "\r\nContent-Type: " + NDJSON
                    + "\r\nContent-Length: " + 13 * 1024 * 1024 + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json")
                    .contains("/problems/payload-too-large").contains("the limit is 12582912 bytes");
        }
    }

    @Test
    void aCsvWhoseHeaderCannotBeUsedIsA400ProblemBeforeAnyAnswer() throws Exception {
        HttpResponse<String> answer = post("", "externalId,outcome\ncrm-1,WON\n", CSV, NDJSON);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertProblem(answer, "/problems/invalid-batch-file");
        assertThat(JSON.readTree(answer.body()).get("title").asString()).isEqualTo("The batch file cannot be read");
    }

    @Test
    void anUnknownExplainIsAnInvalidQuery() throws Exception {
        HttpResponse<String> answer = post("?explain=everything", lead(1), NDJSON, NDJSON);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertProblem(answer, "/problems/invalid-query");
    }

    static String lead(int n) {
        return "{\"lead\": {\"externalId\": \"lead-" + n + "\", \"email\": \"ana" + n + "@acme-soft.com\", "
                + "\"jobTitle\": \"Marketing Director\", \"companySize\": " + (10 * n) + ", "
                + "\"consent\": {\"dataProcessing\": true}}, \"activities\": [{\"type\": \"DEMO_REQUESTED\", "
                + "\"occurredAt\": \"2026-11-20T10:00:00Z\"}], \"asOf\": \"2026-11-22T10:00:00Z\"}";
    }

    private HttpResponse<String> post(String query, String body, String contentType, String accept)
            throws IOException, InterruptedException {
        return http.send(TestCredentials.request(URI.create("http://localhost:" + port + "/api/v1/scores/batch"
                        + query)).header("Content-Type", contentType).header("Accept", accept)
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    private static List<JsonNode> ndjson(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(NDJSON);
        return answer.body().lines().map(JSON::readTree).toList();
    }

    private static void assertProblem(HttpResponse<String> answer, String type) {
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).as(answer.body()).isEqualTo(type);
        assertThat(problem.get("title").asString()).isNotBlank();
    }
}
