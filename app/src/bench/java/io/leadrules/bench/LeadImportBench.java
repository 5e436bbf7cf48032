package io.leadrules.bench;

import io.leadrules.app.LeadRulesApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leads per second stored in bulk ({@code POST /api/v1/scores/batch?store=true}, a job storing a page per transaction)
 * beside the same leads stored through {@code POST /api/v1/leads} one at a time by one client, in the same run of the
 * real service (in this process, over HTTP, the shipped rules), on H2 files with durable commits as the service runs
 * (docs/performance.md, "Storing leads in bulk"). N generated leads (seeded) with 3 activities each: first posted one
 * by one, then the same people under other ids imported as a new file, then that file imported again (every line an
 * update). Run with app/src/bench/lead-import.sh.
 */
public final class LeadImportBench {

    private static final String KEY = "lr_bench-admin-key-0123456789abcdefghijklmnopq";
    private static final String[] TITLES = {"Chief Executive Officer", "Marketing Director", "Sales Manager",
            "Analyst", "Student"};
    private static final String[] INDUSTRIES = {"SOFTWARE", "FINANCE", "RETAIL", "MANUFACTURING"};
    private static final String[] TYPES = {"PAGE_VIEW", "DEMO_REQUESTED", "WEBINAR_ATTENDED", "EMAIL_OPENED"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private URI base;

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        new LeadImportBench().run(leads);
    }

    private void run(int leads) throws Exception {
        Path dir = Files.createTempDirectory("lead-import-bench");
        try (ConfigurableApplicationContext service = start(dir)) {
            base = URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort());
            System.out.printf("%d leads x 3 activities, H2 file with WRITE_DELAY=0, max heap %d MB%n", leads,
                    Runtime.getRuntime().maxMemory() >> 20);
            double posted = postOneByOne(lines("p", leads));
            Path file = dir.resolve("leads.ndjson");
            Files.write(file, lines("i", leads));
            double imported = imported(file, leads, "created");
            double again = imported(file, leads, "updated");
            System.out.printf("POST /api/v1/leads one at a time: %.0f leads/s%n", posted);
            System.out.printf("import (new leads):               %.0f leads/s = %.1fx%n", imported, imported / posted);
            System.out.printf("import again (all updates):       %.0f leads/s = %.1fx%n", again, again / posted);
        }
    }

    private double postOneByOne(List<String> bodies) {
        long started = System.nanoTime();
        for (String body : bodies) {
            send(HttpRequest.newBuilder(base.resolve("/api/v1/leads")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), 201);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("posted %d leads in %.1f s%n", bodies.size(), seconds);
        return bodies.size() / seconds;
    }

    private double imported(Path file, int leads, String counted) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(base.resolve("/api/v1/scores/batch?store=true"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(file)), 202);
        JsonNode done = awaitDone(json.readTree(accepted.body()).get("id").asString());
        double seconds = (System.nanoTime() - started) / 1e9;
        double job = Duration.between(Instant.parse(done.get("createdAt").asString()),
                Instant.parse(done.get("finishedAt").asString())).toMillis() / 1e3;
        System.out.printf("imported %d lines in %.1f s (job %.1f s): %d %s, %d refused%n", leads, seconds, job,
                done.get(counted).asLong(), counted, done.get("rejected").asLong());
        if (done.get(counted).asLong() != leads) {
            throw new IllegalStateException("the import did not store every lead: " + done);
        }
        return leads / seconds;
    }

    private JsonNode awaitDone(String id) throws InterruptedException {
        while (true) {
            Thread.sleep(50);
            JsonNode job = json.readTree(send(HttpRequest.newBuilder(base.resolve("/api/v1/lead-imports/" + id))
                    .GET(), 200).body());
            String state = job.get("state").asString();
            if (state.equals("DONE")) {
                return job;
            }
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                throw new IllegalStateException("the import ended " + job);
            }
        }
    }

    /** N lead bodies, one a line; {@code prefix} keeps the two sets of people apart, the seed keeps them alike. */
    private static List<String> lines(String prefix, int leads) {
        Random random = new Random(42);
        List<String> lines = new ArrayList<>(leads);
        for (int i = 0; i < leads; i++) {
            StringBuilder activities = new StringBuilder();
            for (int a = 0; a < 3; a++) {
                activities.append(a == 0 ? "" : ", ").append("{\"id\": \"e").append(a).append("\", \"type\": \"")
                        .append(TYPES[random.nextInt(TYPES.length)]).append("\", \"occurredAt\": \"2026-11-")
                        .append(String.format("%02d", 1 + random.nextInt(20))).append("T10:00:00Z\"}");
            }
            lines.add(("{\"lead\": {\"externalId\": \"%s-%d\", \"email\": \"%s.%d@example.com\", \"firstName\": "
                    + "\"Ana\", \"jobTitle\": \"%s\", \"industry\": \"%s\", \"companySize\": %d, \"country\": \"ES\", "
                    + "\"consent\": {\"dataProcessing\": true}}, \"activities\": [%s]}")
                    .formatted(prefix, i, prefix, i, TITLES[random.nextInt(TITLES.length)],
                            INDUSTRIES[random.nextInt(INDUSTRIES.length)], 1 + random.nextInt(5000), activities));
        }
        return lines;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int status) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != status) {
                throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + ": "
                        + response.body());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("leadrules")
                + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
        return new SpringApplicationBuilder(LeadRulesApplication.class)
                .run("--server.port=0", "--leadrules.data-dir=" + dir, "--spring.datasource.url=" + url,
                        "--leadrules.rescoring.schedule-enabled=false", "--leadrules.sandbox.warm-at-startup=false",
                        "--logging.level.root=WARN", "--leadrules.security.initial-admin-key=" + KEY,
                        "--leadrules.security.rate-limits.enabled=false");
    }
}
