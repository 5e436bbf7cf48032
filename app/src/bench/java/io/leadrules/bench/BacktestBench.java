package io.leadrules.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.leadrules.app.LeadRulesApplication;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long a backtest of N leads with 20 activities each takes, and how much heap it holds (docs/performance.md,
 * "Backtest"): the real service (Spring context, HTTP, the shipped rules) on H2, one backtest at a time, over both
 * sources: (a) an uploaded dataset of N generated rows, (b) N stored leads created through the API beforehand (lead
 * creation with 12 activities, 45 days later 8 more, then one outcome import), which is not timed. Each round times a
 * backtest from the POST to DONE (wall) and by the job's own createdAt..finishedAt, and the peak heap in use after a
 * collection while it ran. Run with app/src/bench/backtest.sh. Outside {@code io.leadrules.app}, so that the
 * service's component scan does not find the bench's clock.
 */
public final class BacktestBench {

    private static final String KEY = "lr_bench-admin-key-0123456789abcdefghijklmnopq";
    private static final String[] TITLES = {"Chief Executive Officer", "Marketing Director", "Sales Manager",
            "Analyst", "Student"};
    private static final String[] INDUSTRIES = {"SOFTWARE", "FINANCE", "RETAIL", "MANUFACTURING"};
    private static final String[] COUNTRIES = {"ES", "DE", "SE", "DK", "FR"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final HeapAfterGc heap = new HeapAfterGc();
    private URI base;
    private AuditTrailBench.MovableClock clock;

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        new BacktestBench().run(leads, rounds);
    }

    private void run(int leads, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("backtest-bench");
        try (ConfigurableApplicationContext service = start(dir)) {
            base = URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort());
            clock = service.getBean(AuditTrailBench.MovableClock.class);
            System.out.printf("%d leads x 20 activities, %d rounds, database %s, max heap %d MB%n", leads, rounds,
                    System.getProperty("bench.database", "mem"), Runtime.getRuntime().maxMemory() >> 20);
            String sources = System.getProperty("bench.sources", "dataset,stored");
            if (sources.contains("dataset")) {
                Path dataset = dir.resolve("dataset.csv");
                Files.writeString(dataset, dataset(new Random(11), leads));
                List<Long> fromFile = rounds("dataset", rounds, () -> post("text/csv",
                        HttpRequest.BodyPublishers.ofFile(dataset)));
                System.out.printf("dataset: median wall time %d ms%n", median(fromFile));
            }
            if (sources.contains("stored")) {
                long started = System.nanoTime();
                storeLeads(new Random(12), leads);
                System.out.printf("stored %d leads with outcomes in %d s (not timed)%n", leads,
                        (System.nanoTime() - started) / 1_000_000_000);
                List<Long> stored = rounds("stored leads", rounds, () -> post("application/json",
                        HttpRequest.BodyPublishers.ofString("{\"cutoffDays\": 30}")));
                System.out.printf("stored leads: median wall time %d ms%n", median(stored));
            }
        }
    }

    private List<Long> rounds(String source, int rounds, Starter starter) throws Exception {
        List<Long> walls = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            heap.reset();
            long started = System.nanoTime();
            String id = starter.start();
            JsonNode done = awaitDone(id);
            long wall = (System.nanoTime() - started) / 1_000_000;
            long job = Duration.between(Instant.parse(done.get("createdAt").asString()),
                    Instant.parse(done.get("finishedAt").asString())).toMillis();
            JsonNode report = done.get("report");
            System.out.printf("%-12s round %d: wall %6d ms, job %6d ms, %d leads backtested, AUC %.3f (live %.3f),"
                            + " peak heap after GC %d MB (%d collections)%n", source, round, wall, job,
                    report.get("leads").get("backtested").asInt(), auc(report.get("version")),
                    auc(report.get("live")), heap.peakMb(), heap.collections());
            walls.add(wall);
        }
        return walls;
    }

    private static double auc(JsonNode side) {
        JsonNode auc = side.get("auc");
        return auc == null || auc.isNull() ? Double.NaN : auc.get("auc").asDouble();
    }

    private String post(String type, HttpRequest.BodyPublisher body) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("/api/v1/rulesets/1/backtest"))
                .header("Content-Type", type).POST(body), 202);
        return json.readTree(answer.body()).get("id").asString();
    }

    private JsonNode awaitDone(String id) throws InterruptedException {
        while (true) {
            Thread.sleep(25);
            JsonNode job = json.readTree(send(HttpRequest.newBuilder(base.resolve("/api/v1/backtests/" + id)).GET(),
                    200).body());
            String state = job.get("state").asString();
            if (state.equals("DONE")) {
                return job;
            }
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                throw new IllegalStateException("the backtest ended " + job);
            }
        }
    }

    /**
     * N rows created over 60 days, each with 20 activities spread over the 60 days after its creation (so about half
     * come after the default 30-day cut-off); the chance to convert, about 20% overall, grows with the job title, a
     * demo request or a webinar before the cut-off, so a sensible model ranks them (AUC well above 0.5).
     */
    private static String dataset(Random random, int leads) {
        StringBuilder csv = new StringBuilder("id,createdAt,outcome,outcomeAt,company,jobTitle,industry,companySize,"
                + "country,activities\n");
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        for (int i = 0; i < leads; i++) {
            Lead lead = Lead.random(random);
            Instant created = start.plusSeconds(random.nextInt(60 * 86_400));
            String activities = lead.activities().stream().map(a -> a.type() + "@+" + a.day() + "d")
                    .collect(Collectors.joining("; "));
            csv.append("d").append(i).append(',').append(created).append(',')
                    .append(lead.converted() ? "WON" : "LOST").append(",,Bench ").append(i).append(',')
                    .append(lead.title()).append(',').append(lead.industry()).append(',').append(lead.size())
                    .append(',').append(lead.country()).append(",\"").append(activities).append("\"\n");
        }
        return csv.toString();
    }

    /**
     * N stored leads through the API, two client threads: each created with its first 12 activities (days -30..0),
     * then, 45 days later, its last 8 (days 1..40 after creation, received after the 30-day cut-off, so the
     * backtest leaves them out); then every outcome in one CSV import.
     */
    private void storeLeads(Random random, int leads) throws Exception {
        List<Lead> all = new ArrayList<>(leads);
        for (int i = 0; i < leads; i++) {
            all.add(Lead.random(random));
        }
        Instant created = clock.instant();
        inParallel(leads, i -> createLead(i, all.get(i), created));
        clock.advance(Duration.ofDays(45));
        inParallel(leads, i -> laterActivities(i, all.get(i), created));
        StringBuilder csv = new StringBuilder("externalId,outcome,occurredAt\n");
        for (int i = 0; i < leads; i++) {
            csv.append("bench-").append(i).append(',').append(all.get(i).converted() ? "CONVERTED" : "LOST")
                    .append(',').append(created.plus(Duration.ofDays(40))).append('\n');
        }
        JsonNode imported = json.readTree(send(HttpRequest.newBuilder(base.resolve("/api/v1/outcomes/import"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())), 200)
                .body());
        if (imported.get("imported").asLong() != leads) {
            throw new IllegalStateException("outcomes not all imported: " + imported);
        }
    }

    private void createLead(int i, Lead lead, Instant created) {
        String activities = activitiesJson(lead.activities().subList(0, 12), created, -30);
        String body = """
                {"lead": {"externalId": "bench-%d", "email": "b%d@bench%d.com", "company": "Bench %d",
                 "jobTitle": "%s", "industry": "%s", "companySize": %d, "country": "%s",
                 "consent": {"dataProcessing": true}}, "activities": %s}""".formatted(i, i, i, i, lead.title(),
                lead.industry(), lead.size(), lead.country(), activities);
        String id = json.readTree(send(HttpRequest.newBuilder(base.resolve("/api/v1/leads"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), 201)
                .body()).get("id").asString();
        lead.storedId(id);
    }

    private void laterActivities(int i, Lead lead, Instant created) {
        String body = activitiesJson(lead.activities().subList(12, 20), created, 0);
        send(HttpRequest.newBuilder(base.resolve("/api/v1/leads/" + lead.storedId() + "/activities"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), 200);
    }

    /** The activities with their day (0..59) moved into the window that starts {@code shift} days from creation. */
    private static String activitiesJson(List<Activity> activities, Instant created, int shift) {
        List<String> items = new ArrayList<>();
        for (int k = 0; k < activities.size(); k++) {
            Activity activity = activities.get(k);
            long day = shift < 0 ? shift + activity.day() / 2 : 1 + activity.day() * 2 / 3;
            Instant at = created.plus(Duration.ofDays(day)).minusSeconds(60L * k);
            items.add("{\"id\": \"a%d-%d\", \"type\": \"%s\", \"occurredAt\": \"%s\"}".formatted(shift, k,
                    activity.type(), at));
        }
        return "[" + String.join(", ", items) + "]";
    }

    private static void inParallel(int count, java.util.function.IntConsumer each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < count; i += 2) {
                        each.accept(i);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int status) {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", "Bearer " + KEY).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static ConfigurableApplicationContext start(Path dir) {
        String url = "file".equals(System.getProperty("bench.database"))
                ? "jdbc:h2:file:" + dir.resolve("leadrules") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"
                : "jdbc:h2:mem:backtest-bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
        return new SpringApplicationBuilder(LeadRulesApplication.class, AuditTrailBench.BenchClock.class)
                .run("--server.port=0", "--leadrules.data-dir=" + dir, "--spring.datasource.url=" + url,
                        "--leadrules.rescoring.schedule-enabled=false", "--leadrules.sandbox.warm-at-startup=false",
                        "--logging.level.root=WARN", "--leadrules.security.initial-admin-key=" + KEY,
                        "--leadrules.security.rate-limits.enabled=false");
    }

    @FunctionalInterface
    private interface Starter {
        String start() throws Exception;
    }

    private record Activity(String type, int day) {
    }

    /** A generated lead: its profile, 20 activities (day 0..59 of its life) and whether it converted. */
    private static final class Lead {

        private final String title;
        private final String industry;
        private final int size;
        private final String country;
        private final List<Activity> activities;
        private final boolean converted;
        private String storedId;

        private Lead(String title, String industry, int size, String country, List<Activity> activities,
                     boolean converted) {
            this.title = title;
            this.industry = industry;
            this.size = size;
            this.country = country;
            this.activities = activities;
            this.converted = converted;
        }

        static Lead random(Random random) {
            int titleIndex = random.nextInt(TITLES.length);
            List<Activity> activities = new ArrayList<>(20);
            boolean demo = random.nextInt(5) == 0;
            boolean webinar = random.nextInt(4) == 0;
            for (int k = 0; k < 20; k++) {
                String type = k == 0 && demo ? "DEMO_REQUESTED" : k == 1 && webinar ? "WEBINAR_ATTENDED"
                        : random.nextInt(3) == 0 ? "EMAIL_OPEN" : "PAGE_VIEW";
                activities.add(new Activity(type, k < 2 ? random.nextInt(20) : random.nextInt(60)));
            }
            double odds = -2.6 + (demo ? 1.6 : 0) + (webinar ? 1.0 : 0) + (titleIndex < 2 ? 0.8 : 0)
                    - (titleIndex == 4 ? 1.5 : 0);
            boolean converted = random.nextDouble() < 1 / (1 + Math.exp(-odds));
            return new Lead(TITLES[titleIndex], INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                    5 + random.nextInt(2000), COUNTRIES[random.nextInt(COUNTRIES.length)], activities, converted);
        }

        String title() { return title; }
        String industry() { return industry; }
        int size() { return size; }
        String country() { return country; }
        List<Activity> activities() { return activities; }
        boolean converted() { return converted; }
        String storedId() { return storedId; }
        void storedId(String id) { storedId = id; }
    }

    /**
     * The heap in use after each collection, from the collectors' notifications: its peak since {@link #reset()} is
     * what a run held at most (plus what the collection had not yet reclaimed), whatever the heap's size.
     */
    private static final class HeapAfterGc {

        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());

        HeapAfterGc() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (notification.getType().equals(
                            GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                    }
                }, null, null);
            }
        }

        private void record(GarbageCollectionNotificationInfo info) {
            long used = 0;
            for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    MemoryUsage usage = pool.getValue();
                    used += usage.getUsed();
                }
            }
            peak.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        }

        void reset() {
            peak.set(0);
            collections.set(0);
        }

        long peakMb() {
            return peak.get() >> 20;
        }

        long collections() {
            return collections.get();
        }
    }
}
