package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.TestCredentials;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishing and rolling back while clients score: four threads score leads over HTTP without pause while the main
 * thread activates two versions in turn twenty times. No request may fail, and every answer must come entirely from
 * the version it names: the second version adds a data-quality marker for this test's lead (and no other, so its
 * scenarios still pass), so an answer naming version 1 with the marker
 * (or the other way round) would be a request that mixed two versions. The last activation puts back the version that
 * was active before.
 */
@RuleVersionServiceTest
class ActivationUnderLoadTest {

    private static final int SCORING_THREADS = 4;
    private static final int ACTIVATIONS = 20;
    private static final String MARKER_DRL = """
            package leadrules.data_quality;
            import io.leadrules.rules.vocabulary.*;

            rule "DQ-SWAP-MARKER Answers of the marked version carry a marker"
                @reason("Tells which version answered, for the activation test")
                ruleflow-group "data_quality"
            when
                Lead( email == "swap@acme-soft.com" )
            then
                insert(new Finding("SWAP_MARKER", "lead", Severity.INFO, "marked version",
                        drools.getRule().getName()));
            end
            """;
    private static final String LEAD = """
            {"lead": {"email": "swap@acme-soft.com", "jobTitle": "CTO", "companySize": 250,
                      "consent": {"dataProcessing": true}},
             "activities": [{"id": "a1", "type": "DEMO_REQUESTED", "occurredAt": "2026-11-20T10:00:00Z"}]}
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Test
    void scoringWhileActivatingTwentyTimesNeverFailsAndNeverMixesTwoVersions() throws Exception {
        String before = activeVersion();
        String marked = upload("SwapMarker.drl", MARKER_DRL);
        AtomicBoolean running = new AtomicBoolean(true);
        Tally tally = new Tally(marked);
        ExecutorService clients = Executors.newFixedThreadPool(SCORING_THREADS);
        List<Future<?>> scoring = new ArrayList<>();
        for (int i = 0; i < SCORING_THREADS; i++) {
            scoring.add(clients.submit(() -> scoreUntilStopped(running, tally)));
        }
        try {
            for (int i = 0; i < ACTIVATIONS; i++) {
                HttpResponse<String> activated = post("/api/v1/rulesets/" + (i % 2 == 0 ? marked : before)
                        + "/activation");
                assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
                tally.awaitAnswers(5);
            }
        } finally {
            running.set(false);
            for (Future<?> thread : scoring) {
                thread.get();
            }
            clients.shutdown();
        }

        assertThat(tally.failures).as("failed requests: %s", tally.examples).isEmpty();
        assertThat(tally.mixed.get()).as("answers that mixed two versions").isZero();
        assertThat(tally.byVersion).containsOnlyKeys(before, marked);
        assertThat(tally.byVersion.values()).allSatisfy(count -> assertThat(count.get()).isPositive());
    }

    private void scoreUntilStopped(AtomicBoolean running, Tally tally) {
        while (running.get()) {
            try {
                HttpResponse<String> answer = http.send(TestCredentials.request(uri("/api/v1/scores"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(LEAD)).build(),
                        HttpResponse.BodyHandlers.ofString());
                tally.count(answer, answer.statusCode() == 200 ? json.readTree(answer.body()) : null);
            } catch (Exception e) {
                tally.failed(e.toString());
            }
        }
    }

    private String upload(String name, String content) throws Exception {
        String boundary = "----leadrules" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(TestCredentials.request(uri("/api/v1/rulesets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private String activeVersion() throws Exception {
        HttpResponse<String> active = http.send(TestCredentials.request(uri("/api/v1/rulesets/active")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(active.body()).get("id").asString();
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(TestCredentials.request(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** What the scoring threads saw. */
    private static final class Tally {

        private final String marked;
        private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final List<String> examples = failures;
        private final ConcurrentHashMap<String, AtomicInteger> byVersion = new ConcurrentHashMap<>();
        private final AtomicInteger mixed = new AtomicInteger();
        private final AtomicInteger answers = new AtomicInteger();

        Tally(String marked) {
            this.marked = marked;
        }

        void count(HttpResponse<String> answer, JsonNode body) {
            answers.incrementAndGet();
            if (body == null) {
                failed(answer.statusCode() + " " + answer.body());
                return;
            }
            String version = body.get("rulesetVersion").asString();
            byVersion.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
            boolean hasMarker = body.get("dataQuality").valueStream()
                    .anyMatch(finding -> finding.get("code").asString().equals("SWAP_MARKER"));
            if (hasMarker != version.equals(marked)) {
                mixed.incrementAndGet();
            }
        }

        void failed(String what) {
            failures.add(what);
        }

        /** Lets the clients score a few times on the version just activated. */
        void awaitAnswers(int more) throws InterruptedException {
            int target = answers.get() + more;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (answers.get() < target && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }
    }
}
