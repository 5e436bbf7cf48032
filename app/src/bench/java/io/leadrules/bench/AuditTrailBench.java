package io.leadrules.bench;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.trail.AuditTrail;
import io.leadrules.app.trail.SilentTrail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the audit trail costs (docs/performance.md, "Audit trail"): two services in one JVM, on their own in-memory
 * databases, the same in every way but one: the second has the trail replaced by one that records nothing. Lead
 * creations (POST /api/v1/leads, one lead with two activities each, one client thread) alternate between them request
 * by request, and rescoring jobs (every lead rescored 45 days later, so that every lead gets a new decision) two
 * on each in mirrored order, the trail's service first and second by turns, so both see the same machine noise: the ratio is what counts, and the
 * median ratio over the rounds. Run with app/src/bench/audit-trail.sh. Outside {@code io.leadrules.app}, so that the
 * service's component scan does not find the bench's configuration.
 */
public final class AuditTrailBench {

    private final HttpClient http = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        new AuditTrailBench().run(leads, rounds);
    }

    private void run(int leads, int rounds) throws Exception {
        try (ConfigurableApplicationContext with = start("with", BenchClock.class);
             ConfigurableApplicationContext without = start("without", BenchClock.class, NoTrail.class)) {
            Service trail = new Service(with);
            Service none = new Service(without);
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                createInTurns(trail, none, leads);
                rescore(trail);
                rescore(none);
            }
            List<Double> creation = new ArrayList<>();
            List<Double> rescoring = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                boolean trailFirst = round % 2 == 1;
                long[] created = createInTurns(trail, none, leads);
                creation.add(report("lead creation, " + leads + " leads", round, created));
                long[] rescored = inMirroredOrder(trailFirst, trail, none, this::rescore);
                rescoring.add(report("rescoring, 2 jobs", round, rescored));
            }
            System.out.printf("median ratio with/without: lead creation %.3f, rescoring %.3f%n", median(creation),
                    median(rescoring));
        }
    }

    /**
     * Two jobs on each service in mirrored order (with, without, without, with; or the other way round): what the
     * machine does after one service's work (H2 writing its pages behind, the collector) falls on both alike, as do
     * the jobs growing with every round. Answers {with, without}, each the sum of its two jobs.
     */
    private static long[] inMirroredOrder(boolean trailFirst, Service trail, Service none,
                                          ToLongFunction<Service> work) {
        Service first = trailFirst ? trail : none;
        Service second = trailFirst ? none : trail;
        long firstTime = work.applyAsLong(first);
        long secondTime = work.applyAsLong(second) + work.applyAsLong(second);
        firstTime += work.applyAsLong(first);
        return trailFirst ? new long[] {firstTime, secondTime} : new long[] {secondTime, firstTime};
    }

    private static double report(String what, int round, long[] times) {
        double ratio = (double) times[0] / times[1];
        System.out.printf("%-30s round %d: with trail %6d ms, without %6d ms, ratio %.3f%n", what, round,
                times[0] / 1_000_000, times[1] / 1_000_000, ratio);
        return ratio;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * Lead creations on both services in turns, one request each at a time (the trail's first in every other pair):
     * both see the same moment of the machine, its JIT and its collector; answers {with, without}, the sums of the
     * requests' times.
     */
    private long[] createInTurns(Service trail, Service none, int count) {
        long[] times = new long[2];
        for (int i = 0; i < count; i++) {
            boolean trailFirst = i % 2 == 0;
            times[trailFirst ? 0 : 1] += create(trailFirst ? trail : none, 1);
            times[trailFirst ? 1 : 0] += create(trailFirst ? none : trail, 1);
        }
        return times;
    }

    private long create(Service service, int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String tag = UUID.randomUUID().toString();
            String body = """
                    {"lead": {"externalId": "b-%1$s", "firstName": "Ana", "lastName": "Bench", "email": "%1$s@ex.com",
                    "company": "Bench %1$s", "jobTitle": "Marketing Director", "industry": "SOFTWARE",
                    "companySize": 250, "country": "ES", "consent": {"dataProcessing": true}},
                    "activities": [{"id": "a1", "type": "DEMO_REQUESTED", "occurredAt": "%2$s"},
                    {"id": "a2", "type": "PAGE_VIEW", "occurredAt": "%2$s", "detail": "pricing"}]}"""
                    .formatted(tag, service.clock().instant().minus(Duration.ofDays(1)));
            expect(send(service, HttpRequest.newBuilder(service.uri("/api/v1/leads"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))),
                    201);
        }
        return System.nanoTime() - started;
    }

    /** A job a month and a half later: the leads created since are no longer fresh, and get a new decision. */
    private long rescore(Service service) {
        service.clock().advance(Duration.ofDays(45));
        long decisionsBefore = service.decisions();
        long started = System.nanoTime();
        String job = send(service, HttpRequest.newBuilder(service.uri("/api/v1/rescoring-jobs"))
                .POST(HttpRequest.BodyPublishers.noBody())).body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String state;
        do {
            pause();
            state = send(service, HttpRequest.newBuilder(service.uri("/api/v1/rescoring-jobs/" + job)).GET()).body();
        } while (!state.matches(".*\"state\":\"(DONE|FAILED)\".*"));
        long elapsed = System.nanoTime() - started;
        System.out.printf("  %s: %s leads, %d new decisions%n", service.name(),
                state.replaceAll(".*\"processed\":(\\d+).*", "$1"), service.decisions() - decisionsBefore);
        return elapsed;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(Service service, HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", "Bearer " + KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    /** The first start's admin key of both services (every role; rate limits off: the bench measures the trail). */
    private static final String KEY = "lr_bench-admin-key-0123456789abcdefghijklmnopq";

    /**
     * In memory by default; {@code -Dbench.database=file} for the service's own default: an H2 file whose every commit
     * reaches the disk before the answer (WRITE_DELAY=0).
     */
    private static String databaseUrl(String name, Path dir) {
        return "file".equals(System.getProperty("bench.database"))
                ? "jdbc:h2:file:" + dir.resolve("leadrules") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"
                : "jdbc:h2:mem:bench-" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
    }

    private static ConfigurableApplicationContext start(String name, Class<?>... extra) throws Exception {
        Path dir = Files.createTempDirectory("audit-bench-" + name);
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = LeadRulesApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources).run("--server.port=0", "--leadrules.data-dir=" + dir,
                "--spring.datasource.url=" + databaseUrl(name, dir),
                "--leadrules.rescoring.schedule-enabled=false", "--leadrules.sandbox.warm-at-startup=false",
                "--logging.level.root=WARN", "--leadrules.security.initial-admin-key=" + KEY,
                "--leadrules.security.rate-limits.enabled=false");
    }

    private record Service(ConfigurableApplicationContext context) {

        String name() {
            return context.getBean(AuditTrail.class) instanceof SilentTrail ? "without" : "with";
        }

        long decisions() {
            return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM decisions").query(Long.class).single();
        }

        URI uri(String path) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            return URI.create("http://localhost:" + port + path);
        }

        MovableClock clock() {
            return context.getBean(MovableClock.class);
        }
    }

    /** A clock the bench moves forward, so that a rescoring job finds every score decayed. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BenchClock {

        @Bean
        @Primary
        MovableClock benchClock() {
            return new MovableClock();
        }
    }

    /** The trail replaced by one that records nothing: the service as it was before the audit trail. */
    @Configuration(proxyBeanMethods = false)
    static class NoTrail {

        @Bean
        @Primary
        AuditTrail silentTrail() {
            return new SilentTrail();
        }
    }

}
