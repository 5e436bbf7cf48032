package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi;
import io.leadrules.app.ruleset.RuleVersionApi.Answer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Uploaded datasets hold personal data: whatever becomes of the upload (too large, refused, backtested, cancelled
 * while it queued, many at once), no file of it stays in {@code leadrules.backtest.dataset-dir}. A context of its own:
 * a 64 KB dataset limit, one lead per page (so a backtest runs long enough to queue another behind it), its own
 * directory.
 */
@SpringBootTest(classes = {LeadRulesApplication.class, ScoringJourneyTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-backtest-files;DB_CLOSE_DELAY=-1",
                "leadrules.backtest.max-dataset-size=64KB", "leadrules.backtest.page-size=1"})
@Import(ScoringJourneyTest.FixedClock.class)
class BacktestDatasetFilesTest {

    static final Path DIRECTORY = directory();

    @LocalServerPort
    int port;
    RuleVersionApi api;

    @DynamicPropertySource
    static void datasetDirectory(DynamicPropertyRegistry registry) {
        registry.add("leadrules.backtest.dataset-dir", DIRECTORY::toString);
    }

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aDatasetOverTheLimitIsRefusedAnnouncedOrStreamedAndLeavesNoFile() {
        byte[] big = csv(1200).getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(64 * 1024);

        HttpResponse<String> announced = send(HttpRequest.BodyPublishers.ofByteArray(big));
        HttpResponse<String> streamed = send(HttpRequest.BodyPublishers.ofInputStream(() ->
                new ByteArrayInputStream(big)));

        assertThat(announced.statusCode()).as(announced.body()).isEqualTo(413);
        assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);
        assertThat(streamed.body()).contains("/problems/payload-too-large", "max-dataset-size");
        assertThat(files()).isEmpty();
    }

    @Test
    void aBacktestCancelledWhileItQueuedTakesItsDatasetWithIt() {
        String running = api.postBody("/api/v1/rulesets/1/backtest", "text/csv", bytes(csv(500))).json(202)
                .get("id").asString();
        String queued = api.postBody("/api/v1/rulesets/1/backtest", "text/csv", bytes(csv(2))).json(202)
                .get("id").asString();
        api.post("/api/v1/backtests/" + queued + "/cancel");

        ended(running);
        assertThat(ended(queued)).isIn("CANCELLED", "DONE");
        assertThat(files()).isEmpty();
    }

    @Test
    void manyUploadsAtOnceAllEndAndLeaveNoFile() {
        List<CompletableFuture<Answer>> uploads = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> api.postBody("/api/v1/rulesets/1/backtest", "text/csv", bytes(i % 2 == 0 ? csv(20)
                        : "id,createdAt,outcome\nx,nope,yes\n")))).toList();
        List<String> ids = uploads.stream().map(CompletableFuture::join).filter(answer -> answer.status() == 202)
                .map(answer -> answer.json(202).get("id").asString()).toList();

        assertThat(ids).hasSize(4);
        ids.forEach(id -> assertThat(ended(id)).isEqualTo("DONE"));
        assertThat(files()).isEmpty();
    }

    @Test
    void theOutcomeOfAnErasedLeadIsNotInALaterBacktest() {
        String kept = lead("kept", "Marketing Director");
        String lost = lead("lost", "Student");
        String erased = lead("erased", "Marketing Director");
        for (String lead : List.of(kept, lost, erased)) {
            api.postJson("/api/v1/leads/" + lead + "/outcomes", "{\"outcome\": \"" + (lead.equals(lost) ? "LOST"
                    : "CONVERTED") + "\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}").json(201);
        }
        assertThat(api.delete("/api/v1/leads/" + erased).status()).isEqualTo(204);

        String id = api.postJson("/api/v1/rulesets/1/backtest", "{\"cutoffAt\": \"" + ScoringJourneyTest.NOW
                + "\"}").json(202).get("id").asString();
        assertThat(ended(id)).isEqualTo("DONE");
        JsonNode leads = api.get("/api/v1/backtests/" + id).json(200).get("report").get("leads");
        assertThat(leads.get("read").asInt()).isEqualTo(2);
        assertThat(leads.get("backtested").asInt()).isEqualTo(2);
    }

    private String lead(String who, String jobTitle) {
        return api.postJson("/api/v1/leads", """
                {"lead": {"externalId": "files-%1$s", "email": "%1$s@acme-soft.com", "company": "Acme Soft",
                          "jobTitle": "%2$s", "industry": "SOFTWARE", "companySize": 250, "country": "ES",
                          "consent": {"dataProcessing": true}}}""".formatted(who, jobTitle)).json(201).get("id")
                .asString();
    }

    private String ended(String id) {
        return BacktestReports.ended(api, id).get("state").asString();
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) {
        HttpRequest request = TestCredentials.request(URI.create("http://localhost:" + port
                + "/api/v1/rulesets/1/backtest")).header("Content-Type", "text/csv").POST(body).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csv(int rows) {
        StringBuilder csv = new StringBuilder(DatasetBacktestTest.HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("r").append(i).append(",2026-01-05T09:00:00Z,").append(i % 3 == 0 ? "yes" : "no")
                    .append(",,Acme Soft,Analyst,SOFTWARE,250,ES,PAGE_VIEW@+1d\n");
        }
        return csv.toString();
    }

    private static List<Path> files() {
        if (!Files.isDirectory(DIRECTORY)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path directory() {
        try {
            return Files.createTempDirectory("backtest-datasets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
