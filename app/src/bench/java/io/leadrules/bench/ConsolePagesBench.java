package io.leadrules.bench;

import io.leadrules.app.LeadRulesApplication;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-side response times of the console's leads pages with N stored leads (docs/performance.md, "Console
 * pages"): the real service in this process on an H2 file database, the leads stored through the bulk import
 * ({@code POST /api/v1/scores/batch?store=true}, one job, a page of 500 per transaction), then a salesperson signed in
 * through the form login asks for the queue (first page, filtered, sorted, the next page, a search) and lead pages,
 * each kind in turn. A servlet filter ahead of every other (security included) times each request from its first
 * byte in to its last byte out: that is the server-side time; the client's round trip on the loopback is printed
 * beside it. A database directory that already holds N leads is reused (BENCH_DIR), so a rerun measures at once.
 */
public final class ConsolePagesBench {

    private static final String KEY = "lr_bench-admin-key-0123456789abcdefghijklmnopq";
    private static final String HEADER = "X-Bench-Page";
    private static final String[] FIRST = {"Ana", "Luis", "Marta", "Jorge", "Lucia", "Pablo", "Sofia", "Diego"};
    private static final String[] LAST = {"Garcia", "Martinez", "Lopez", "Sanchez", "Perez", "Gomez", "Ruiz", "Diaz"};
    private static final String[] TITLES = {"CEO", "Marketing Director", "VP Sales", "Sales Manager", "Analyst",
            "Student", "Owner", "Head of Marketing"};
    private static final String[] INDUSTRIES = {"SOFTWARE", "FINANCE", "RETAIL", "MANUFACTURING", "EDUCATION"};
    private static final String[] TYPES = {"PAGE_VIEW", "EMAIL_OPEN", "EMAIL_CLICK", "WEBINAR_REGISTERED",
            "WEBINAR_ATTENDED", "EVENT_ATTENDED", "PRICING_PAGE_VIEW", "DEMO_REQUESTED", "FREE_TRIAL_STARTED",
            "CONTACT_SALES"};

    private static final Map<String, List<Long>> SERVER = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private URI base;

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        new ConsolePagesBench().run(leads, rounds);
    }

    private void run(int leads, int rounds) throws Exception {
        Path dir = Path.of(System.getenv().getOrDefault("BENCH_DIR", "/tmp/leadrules-console-" + leads));
        Files.createDirectories(dir);
        try (ConfigurableApplicationContext service = start(dir)) {
            base = URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort());
            int imported = Math.min(leads, Integer.parseInt(System.getenv().getOrDefault("BENCH_IMPORTED", "5000")));
            long stored = storedLeads();
            if (stored < imported) {
                seed(dir, imported - (int) stored);
            }
            if (storedLeads() < leads) {
                copy(service.getBean(JdbcTemplate.class), leads - (int) storedLeads());
            }
            System.out.printf("%d stored leads, H2 file database, max heap %d MB, %d cores%n", storedLeads(),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            signIn();
            measure(rounds);
        }
    }

    /** The pages, each asked for in turn {@code rounds} times after a warm-up of a quarter as many. */
    private void measure(int rounds) {
        String first = page("warm-up", "/console/leads?sort=-score");
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        String nextPage = next.find() ? next.group(1).replace("&amp;", "&") : "/console/leads";
        List<String> ids = leadIds();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("queue, first page", "/console/leads");
        pages.put("queue, filtered HOT + grade A", "/console/leads?temperature=HOT&grade=A");
        pages.put("queue, filtered stage MQL", "/console/leads?stage=MQL");
        pages.put("queue, sorted by score", "/console/leads?sort=-score");
        pages.put("queue, sorted by last change", "/console/leads?sort=-updatedAt");
        pages.put("queue, next page (cursor)", nextPage);
        pages.put("queue, search 'garc'", "/console/leads?q=garc");
        pages.put("queue, search 'lucia garc'", "/console/leads?q=lucia+garc");
        pages.put("API queue, text 'garc' anywhere", "/api/v1/leads?q=garc&size=25");
        Map<String, List<Long>> client = new LinkedHashMap<>();
        Random random = new Random(7);
        for (int round = -rounds / 4; round < rounds; round++) {
            boolean counted = round >= 0;
            pages.forEach((name, path) -> timed(client, counted, name, path));
            timed(client, counted, "lead page", "/console/leads/" + ids.get(random.nextInt(ids.size())));
        }
        System.out.printf("%-32s %8s %8s %8s %8s   %s%n", "page (" + rounds + " requests each)", "p50 ms",
                "p95 ms", "max ms", "bytes", "client round trip p50 / p95 ms");
        client.forEach((name, times) -> print(name, SERVER.get(name), times));
    }

    private void timed(Map<String, List<Long>> client, boolean counted, String name, String path) {
        long started = System.nanoTime();
        String body = page(counted ? name : "warm-up", path);
        long took = System.nanoTime() - started;
        if (counted) {
            client.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>())).add(took);
            SIZES.put(name, body.length());
        }
    }

    private static final Map<String, Integer> SIZES = new ConcurrentHashMap<>();

    private static void print(String name, List<Long> server, List<Long> client) {
        System.out.printf("%-32s %8.1f %8.1f %8.1f %8d   %.1f / %.1f%n", name, percentile(server, 50),
                percentile(server, 95), percentile(server, 100), SIZES.get(name), percentile(client, 50),
                percentile(client, 95));
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size()));
        return sorted.get(rank - 1) / 1e6;
    }

    private String page(String name, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header(HEADER, name).GET();
        HttpResponse<String> answer = send(path.startsWith("/api/")
                ? request.header("Authorization", "Bearer " + KEY).header("Accept", "application/json")
                : request.header("Accept", "text/html"));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** Lead ids spread over the queue: the first 200 of the queue sorted by creation, and of the queue by score. */
    private List<String> leadIds() {
        List<String> ids = new ArrayList<>();
        for (String sort : List.of("createdAt", "-score", "-createdAt")) {
            JsonNode page = api(HttpRequest.newBuilder(base.resolve("/api/v1/leads?size=200&sort=" + sort)).GET());
            page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        }
        return ids;
    }

    private long storedLeads() {
        return api(HttpRequest.newBuilder(base.resolve("/api/v1/leads?size=1&stage=SQL,MQL,LEAD,DISQUALIFIED,"
                + "INVALID")).GET()).get("total").asLong();
    }

    /** Stores {@code count} generated leads (seeded) with 1 to 6 activities each through one bulk import job. */
    private void seed(Path dir, int count) throws Exception {
        Path file = dir.resolve("seed.ndjson");
        Files.write(file, lines(count, Instant.now()));
        long started = System.nanoTime();
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(base.resolve("/api/v1/scores/batch?store=true"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
        String id = json.readTree(accepted.body()).get("id").asString();
        JsonNode job;
        do {
            Thread.sleep(2000);
            job = api(HttpRequest.newBuilder(base.resolve("/api/v1/lead-imports/" + id)).GET());
        } while (job.get("state").asString().matches("QUEUED|RUNNING"));
        System.out.printf("seeded %d leads through the bulk import in %.0f s: %s%n", count,
                (System.nanoTime() - started) / 1e9, job);
        Files.delete(file);
    }

    /**
     * Makes {@code needed} more leads by SQL, as copies of the imported ones (their profile, attributes, activities
     * and current decision, under new ids, externalIds and emails, created a little earlier each copy): the bulk
     * import stores 15 to 300 leads a second depending on the machine's load, and the pages read the same rows
     * whichever way they were written.
     */
    private static void copy(JdbcTemplate sql, int needed) {
        long started = System.nanoTime();
        long originals = sql.queryForObject("SELECT COUNT(*) FROM leads WHERE current_decision_id IS NOT NULL"
                + " AND erased_at IS NULL AND external_id NOT LIKE '%-c%'", Long.class);
        long copies = (needed + originals - 1) / originals;
        sql.execute("DROP TABLE IF EXISTS bench_copies");
        sql.execute("CREATE TABLE bench_copies AS SELECT l.id AS old_id, l.current_decision_id AS old_decision,"
                + " r.X AS n, RANDOM_UUID() AS new_id, RANDOM_UUID() AS new_decision FROM leads l, SYSTEM_RANGE(1, "
                + copies + ") r WHERE l.current_decision_id IS NOT NULL AND l.erased_at IS NULL"
                + " AND l.external_id NOT LIKE '%-c%' ORDER BY r.X, l.id LIMIT " + needed);
        String columns = "external_id, email, email_key, first_name, last_name, phone, company, job_title, industry,"
                + " company_size, annual_revenue, country, source, lead_magnet, product_interest,"
                + " consent_data_processing, consent_profiling_objection, consent_policy_version, consent_granted_at,"
                + " created_at, updated_at, score, grade, temperature, stage, funnel_stage, priority,"
                + " ruleset_version, decided_at, attributes, name_key, last_name_key, company_key";
        sql.update("INSERT INTO leads (id, current_decision_id, version, " + columns + ") SELECT c.new_id,"
                + " c.new_decision, 0, " + columns.replace("external_id, email, email_key,", "l.external_id || '-c'"
                        + " || c.n, REPLACE(l.email, '@', '.c' || c.n || '@'), REPLACE(l.email_key, '@', '.c' || c.n"
                        + " || '@'),").replace("created_at, updated_at,", "DATEADD('SECOND', -37 * c.n, l.created_at),"
                        + " DATEADD('SECOND', -37 * c.n, l.updated_at),")
                + " FROM bench_copies c JOIN leads l ON l.id = c.old_id");
        sql.update("INSERT INTO decisions (id, lead_id, sequence_number, as_of, decided_at, ruleset_version,"
                + " ruleset_hash, score, stage, temperature, input_snapshot, result) SELECT c.new_decision, c.new_id,"
                + " 1, d.as_of, d.decided_at, d.ruleset_version, d.ruleset_hash, d.score, d.stage, d.temperature,"
                + " d.input_snapshot, d.result FROM bench_copies c JOIN decisions d ON d.id = c.old_decision");
        sql.update("INSERT INTO activities (lead_id, activity_id, type, occurred_at, detail, received_at,"
                + " activity_value, properties) SELECT c.new_id, a.activity_id, a.type, a.occurred_at, a.detail,"
                + " a.received_at, a.activity_value, a.properties FROM bench_copies c JOIN activities a"
                + " ON a.lead_id = c.old_id");
        sql.execute("DROP TABLE bench_copies");
        System.out.printf("copied %d leads from %d imported ones by SQL in %.0f s%n", needed, originals,
                (System.nanoTime() - started) / 1e9);
    }

    private static List<String> lines(int count, Instant now) {
        Random random = new Random(42);
        String run = Long.toString(now.getEpochSecond(), 36);
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder activities = new StringBuilder();
            int many = 1 + random.nextInt(6);
            for (int a = 0; a < many; a++) {
                activities.append(a == 0 ? "" : ", ").append("{\"id\": \"e").append(a).append("\", \"type\": \"")
                        .append(TYPES[random.nextInt(TYPES.length)]).append("\", \"occurredAt\": \"")
                        .append(now.minus(1 + random.nextInt(60 * 24), ChronoUnit.HOURS).truncatedTo(
                                ChronoUnit.SECONDS)).append("\", \"detail\": \"bench\"}");
            }
            String last = LAST[random.nextInt(LAST.length)];
            lines.add(("{\"lead\": {\"externalId\": \"b%s-%d\", \"email\": \"%s.%d.%s@example.com\", \"firstName\": "
                    + "\"%s\", \"lastName\": \"%s\", \"company\": \"%s %d\", \"jobTitle\": \"%s\", \"industry\": "
                    + "\"%s\", \"companySize\": %d, \"annualRevenue\": %d, \"country\": \"ES\", \"source\": "
                    + "\"REFERRAL\", \"productInterest\": \"crm-suite\", \"consent\": {\"dataProcessing\": %s}}, "
                    + "\"activities\": [%s]}").formatted(run, i, last.toLowerCase(), i, run,
                    FIRST[random.nextInt(FIRST.length)], last, last + " Soft", i % 5000,
                    TITLES[random.nextInt(TITLES.length)], INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                    1 + random.nextInt(5000), 100_000L * (1 + random.nextInt(1000)), random.nextInt(20) > 0,
                    activities));
        }
        return lines;
    }

    /** A SALES user (made through the API as the admin) signed in through the console's form login. */
    private void signIn() {
        String name = "bench-sales-" + Long.toString(System.nanoTime(), 36);
        String password = "bench-password-" + name;
        api(HttpRequest.newBuilder(base.resolve("/api/v1/users")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"password\": \"" + password
                        + "\", \"roles\": [\"SALES\"]}")));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page("warm-up", "/login"));
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + encode(name) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("the sign-in failed: " + signedIn.statusCode());
        }
    }

    private JsonNode api(HttpRequest.Builder request) {
        HttpResponse<String> answer = send(request.header("Authorization", "Bearer " + KEY));
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(answer.statusCode() + ": " + answer.body());
        }
        return json.readTree(answer.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Times every request that names its page in the header, ahead of every other filter. */
    private static FilterRegistrationBean<Filter> timing() {
        Filter filter = (request, response, chain) -> {
            String name = ((HttpServletRequest) request).getHeader(HEADER);
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
                response.flushBuffer();
            } finally {
                if (name != null && !name.equals("warm-up")) {
                    SERVER.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - started);
                }
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static ConfigurableApplicationContext start(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("leadrules") + ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
        return new SpringApplicationBuilder(LeadRulesApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("benchTiming", timing()))
                .run("--server.port=0", "--leadrules.data-dir=" + dir, "--spring.datasource.url=" + url,
                        "--leadrules.rescoring.schedule-enabled=false", "--leadrules.sandbox.warm-at-startup=false",
                        "--logging.level.root=WARN", "--leadrules.security.initial-admin-key=" + KEY,
                        "--leadrules.security.rate-limits.enabled=false");
    }
}
