package io.leadrules.app.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.TestCredentials;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/** Import files as a client writes them, and the calls that start an import and wait for its end. */
final class ImportFiles {

    static final String START = "/api/v1/scores/batch?store=true";
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    private final ApiClient api;

    ImportFiles(ApiClient api) {
        this.api = api;
    }

    /** One POST /api/v1/leads body on one line: person {@code i} of the tag, with one activity. */
    static String lead(String tag, int i, String activityType) {
        return ("{\"lead\": {\"externalId\": \"%1$s-%2$d\", \"email\": \"p%2$d.%1$s@example.com\", \"firstName\": "
                + "\"Ana\", \"jobTitle\": \"%3$s\", \"industry\": \"SOFTWARE\", \"companySize\": %4$d, "
                + "\"annualRevenue\": 1250000.505, \"country\": \"ES\", \"attributes\": {\"budget\": %5$s}, "
                + "\"consent\": {\"dataProcessing\": true}}, \"activities\": [{\"id\": \"a%2$d-%6$s\", \"type\": "
                + "\"%6$s\", \"occurredAt\": \"2026-11-%7$02dT10:00:00Z\", \"detail\": \"pricing\"}]}")
                .formatted(tag, i, i % 3 == 0 ? "Marketing Director" : "Student", 10 + i * 37,
                        i % 2 == 0 ? "12.75" : "3", activityType, 1 + i % 20);
    }

    static String lines(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    static String leads(String tag, int count) {
        return lines(IntStream.range(0, count).mapToObj(i -> lead(tag, i, "DEMO_REQUESTED")).toList());
    }

    HttpResponse<String> post(String body) {
        return post(body, NDJSON);
    }

    HttpResponse<String> post(String body, String mediaType) {
        return api.postAs(START, body.getBytes(StandardCharsets.UTF_8), mediaType,
                TestCredentials.ADMIN_AUTHORIZATION);
    }

    /** Starts the import and answers its id, checking the 202, its Location and the queued job it shows. */
    String start(String body) {
        return start(body, NDJSON);
    }

    String start(String body, String mediaType) {
        HttpResponse<String> started = post(body, mediaType);
        JsonNode job = api.expect(202, started);
        String id = job.get("id").asString();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/lead-imports/" + id);
        assertThat(job.get("state").asString()).isEqualTo("QUEUED");
        return id;
    }

    /** The import once it has ended (DONE, FAILED or CANCELLED). */
    JsonNode finished(String id) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode job = api.ok(api.get("/api/v1/lead-imports/" + id));
        while (List.of("QUEUED", "RUNNING").contains(job.get("state").asString()) && Instant.now().isBefore(giveUp)) {
            pause();
            job = api.ok(api.get("/api/v1/lead-imports/" + id));
        }
        return job;
    }

    JsonNode imported(String body) {
        return imported(body, NDJSON);
    }

    JsonNode imported(String body, String mediaType) {
        JsonNode job = finished(start(body, mediaType));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
        return job;
    }

    static String tag() {
        return "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
