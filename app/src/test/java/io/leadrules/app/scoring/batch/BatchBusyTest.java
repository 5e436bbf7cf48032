package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.TestCredentials;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attack: many batches opened at once and fed slowly, each holding a request thread and chunks in memory. Past
 * {@code leadrules.batch.max-concurrent} (here 1) a batch is a 503 {@code batch-busy} with Retry-After before its
 * body is read; the one in progress is not disturbed and, once it ends, the next batch is scored.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:batch-busy-test;DB_CLOSE_DELAY=-1",
                "leadrules.batch.max-concurrent=1", "leadrules.batch.chunk-size=1",
                "leadrules.security.rate-limits.enabled=false"})
class BatchBusyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBatchBeyondTheConcurrentLimitIsBusyAndTheOneInProgressGoesOn() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream slow = socket.getOutputStream();
            slow.write(("POST /api/v1/scores/batch HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + TestCredentials.ADMIN_AUTHORIZATION + "\r\nContent-Type: application/x-ndjson\r\n"
                    + "Accept: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int n = 1; n <= 6; n++) {
                chunk(slow, lead(n) + "\n");
            }
            BufferedReader answers = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(answers.readLine()).startsWith("HTTP/1.1 200");

            HttpResponse<String> busy = http.send(batch().POST(BodyPublishers.ofString(lead(99) + "\n")).build(),
                    BodyHandlers.ofString());

            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
            assertThat(busy.headers().firstValue("Retry-After")).contains("5");
            JsonNode problem = JSON.readTree(busy.body());
            assertThat(problem.get("type").asString()).isEqualTo("/problems/batch-busy");
            assertThat(problem.get("title").asString()).isEqualTo("Too many batches at once");

            chunk(slow, lead(7) + "\n");
            slow.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            slow.flush();
            assertThat(externalIdsUntilTheSummary(answers)).containsExactly("lead-1", "lead-2", "lead-3", "lead-4",
                    "lead-5", "lead-6", "lead-7");
        }
        assertThat(afterTheSlowBatchLeft().statusCode()).isEqualTo(200);
    }

    private static void chunk(OutputStream out, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The answer lines of the chunked response (its headers and chunk sizes passed over), up to the summary. */
    private static List<String> externalIdsUntilTheSummary(BufferedReader answers) throws Exception {
        List<String> ids = new ArrayList<>();
        String line = answers.readLine();
        for (; line != null && !line.contains("\"summary\""); line = answers.readLine()) {
            if (line.startsWith("{")) {
                ids.add(JSON.readTree(line).get("externalId").asString());
            }
        }
        return ids;
    }

    /** The slow batch frees its place just after its last line is sent: a batch a moment later may still be busy. */
    private HttpResponse<String> afterTheSlowBatchLeft() throws Exception {
        HttpResponse<String> answer = null;
        for (int attempt = 0; attempt < 50 && (answer == null || answer.statusCode() == 503); attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 100);
            answer = http.send(batch().POST(BodyPublishers.ofString(lead(8) + "\n")).build(), BodyHandlers.ofString());
        }
        return answer;
    }

    private HttpRequest.Builder batch() {
        return TestCredentials.request(URI.create("http://localhost:" + port + "/api/v1/scores/batch"))
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/x-ndjson");
    }

    private static String lead(int n) {
        return "{\"lead\": {\"externalId\": \"lead-" + n + "\", \"email\": \"ana" + n + "@acme-soft.com\", "
                + "\"consent\": {\"dataProcessing\": true}}, \"asOf\": \"2026-11-22T10:00:00Z\"}";
    }
}
