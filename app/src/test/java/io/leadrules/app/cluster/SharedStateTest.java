package io.leadrules.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.ServiceProcess;
import io.leadrules.app.console.ConsoleSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one instance used to keep in memory, shared by two instances (two processes, each with its own data directory)
 * on one database (ADR 0039): a principal's rate limit, the failed-login count, idempotency keys, revocations, console
 * sessions, the lock on a lead, and the audit chain sealed by both. Each test would pass against instances that keep
 * their own memory only if it failed to tell them apart; each says how it tells them apart.
 */
class SharedStateTest {

    /** How long another instance may take to learn of a revocation: well under the 60 s the cache believes a key. */
    private static final Duration PROPAGATION = Duration.ofSeconds(10);
    private static final Pattern SESSION_COOKIE = Pattern.compile("SESSION=([^;]+)");

    private static Path shared;
    private static SharedDatabase database;
    private static ServiceProcess one;
    private static ServiceProcess two;
    private static ApiClient viaOne;
    private static ApiClient viaTwo;
    private static JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void twoInstances() throws Exception {
        shared = Files.createTempDirectory("shared-state");
        database = SharedDatabase.named("shared-state");
        // Every instance of a deployment is given the same audit and idempotency keys (docs/operations.md).
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(List.of("--leadrules.audit.key-file=" + shared.resolve("audit.key"),
                "--leadrules.idempotency.key-file=" + shared.resolve("idempotency.key"),
                "--leadrules.security.rate-limits.per-second.AUDITOR=1",
                "--leadrules.security.rate-limits.per-second.ADMIN=1000"));
        one = ServiceProcess.start(dir("one"), shared.resolve("one.log"), arguments);
        two = ServiceProcess.start(dir("two"), shared.resolve("two.log"), arguments);
        viaOne = new ApiClient(one.port());
        viaTwo = new ApiClient(two.port());
        jdbc = JdbcClient.create(new DriverManagerDataSource(database.url(), database.username(),
                database.password()));
    }

    @AfterAll
    static void stop() {
        for (ServiceProcess instance : new ServiceProcess[] {one, two}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    /** Per instance, an AUDITOR key would get 5 at once on each (10), plus 1 a second on each. */
    @Test
    void aPrincipalsRequestsCountAgainstOneLimitThroughBothInstances() {
        String key = keyOf(user("meter", "AUDITOR"), "AUDITOR");
        Instant start = Instant.now();
        int served = 0;
        for (int i = 0; i < 20; i++) {
            ApiClient via = i % 2 == 0 ? viaOne : viaTwo;
            HttpResponse<String> answer = via.send("/api/v1/audit/events?size=1",
                    request -> request.setHeader("Authorization", "Bearer " + key).GET());
            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 429);
            served += answer.statusCode() == 200 ? 1 : 0;
        }
        long seconds = Duration.between(start, Instant.now()).toSeconds() + 1;

        assertThat(served).as("served in %d s through both instances", seconds).isLessThanOrEqualTo(5 + (int) seconds);
    }

    /** Per instance, three failures on one and two on the other would leave both below the limit of five. */
    @Test
    void wrongPasswordsCountAcrossInstances() {
        String password = "pw-" + UUID.randomUUID();
        String name = user("guessed", password, "SALES");
        for (int i = 0; i < 5; i++) {
            assertThat(basic(i % 2 == 0 ? viaOne : viaTwo, name, "wrong-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> right = basic(viaTwo, name, password);
        viaTwo.problem(right, 429, "/problems/too-many-failed-logins");
        viaOne.problem(basic(viaOne, name, password), 429, "/problems/too-many-failed-logins");
    }

    @Test
    void theSameIdempotencyKeyThroughBothInstancesAtOnceHasOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = lead("idem-" + key.substring(0, 8));
        List<HttpResponse<String>> answers = race(2, i -> (i == 0 ? viaOne : viaTwo).send("/api/v1/leads",
                request -> request.header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body))));

        assertThat(answers).extracting(HttpResponse::statusCode).containsAnyOf(201).allMatch(
                status -> status == 201 || status == 409);
        String created = json.readTree(answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow()
                .body()).get("id").asString();
        for (ApiClient via : List.of(viaOne, viaTwo)) {
            HttpResponse<String> again = via.send("/api/v1/leads", request -> request
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(json.readTree(again.body()).get("id").asString()).isEqualTo(created);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM leads WHERE external_id = :id")
                .param("id", "idem-" + key.substring(0, 8)).query(Long.class).single()).isEqualTo(1);
    }

    /** Without the shared change list, instance two would believe the key it checked for 60 s more. */
    @Test
    void aKeyRevokedOnOneInstanceIsRefusedByTheOtherWithinSeconds() {
        String name = user("revoked", "AUDITOR");
        JsonNode created = viaOne.expect(201, viaOne.postJson("/api/v1/api-keys",
                "{\"user\": \"" + name + "\", \"roles\": [\"AUDITOR\"], \"label\": \"cluster\"}"));
        String key = created.get("key").asString();
        assertThat(asKey(viaTwo, key).statusCode()).as("checked and cached on instance two").isEqualTo(200);

        assertThat(viaOne.send("/api/v1/api-keys/" + created.get("id").asLong(), HttpRequest.Builder::DELETE)
                .statusCode()).isEqualTo(204);

        assertThat(eventually(() -> asKey(viaTwo, key).statusCode() == 401)).as("refused by instance two").isTrue();
    }

    @Test
    void aUserDisabledOnOneInstanceIsRefusedByTheOtherWithinSeconds() {
        String name = user("disabled", "AUDITOR");
        String key = keyOf(name, "AUDITOR");
        assertThat(asKey(viaTwo, key).statusCode()).isEqualTo(200);

        viaOne.ok(viaOne.patch("/api/v1/users/" + name, "{\"enabled\": false}"));

        assertThat(eventually(() -> asKey(viaTwo, key).statusCode() == 401)).as("refused by instance two").isTrue();
    }

    /** A console session in instance one's memory would not be known to instance two: the page would send to /login. */
    @Test
    void aConsoleSessionOpenedOnOneInstanceServesOnTheOtherAndSigningOutEndsItEverywhere() {
        String password = "pw-" + UUID.randomUUID();
        String name = user("console", password, "SALES");
        ConsoleSession onOne = ConsoleSession.anonymous(one.port());
        String before = sessionCookie(onOne.get("/login"));
        HttpResponse<String> signedIn = onOne.signIn(name, password);
        String after = sessionCookie(signedIn);
        assertThat(after).as("a new session at sign-in (fixation)").isNotEqualTo(before);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        ConsoleSession onTwo = onOne.through(two.port());

        assertThat(onTwo.get("/console").statusCode()).as("signed in on instance two").isEqualTo(200);
        assertThat(onTwo.postForm("/logout", Map.of()).headers().firstValue("Location").orElse(""))
                .as("a sign-out without the CSRF token is refused").doesNotEndWith("/login?logout");
        assertThat(onOne.get("/console").statusCode()).isEqualTo(200);
        assertThat(onTwo.submit("/console", "/logout", Map.of()).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?logout");
        assertThat(onOne.get("/console").headers().firstValue("Location").orElse(""))
                .as("signed out on instance one too").endsWith("/login");
    }

    @Test
    void disablingAPersonEndsTheirConsoleSessionOnEveryInstance() {
        String password = "pw-" + UUID.randomUUID();
        String name = user("ended", password, "SALES");
        ConsoleSession onOne = ConsoleSession.anonymous(one.port());
        onOne.signIn(name, password);
        ConsoleSession onTwo = onOne.through(two.port());
        assertThat(onTwo.get("/console").statusCode()).isEqualTo(200);

        viaOne.ok(viaOne.patch("/api/v1/users/" + name, "{\"enabled\": false}"));

        assertThat(onTwo.get("/console").headers().firstValue("Location").orElse("")).endsWith("/login?expired");
    }

    /**
     * Four client threads per instance post activities, one a request, to the same three leads: every activity answered
     * 2xx is stored exactly once, each lead's current decision saw all of its activities, and the audit chain both
     * instances sealed at once is dense and verifies on each against its own head file.
     */
    @Test
    void concurrentActivitiesForOneLeadThroughBothInstancesLoseNothingAndTheChainVerifiesOnBoth() throws Exception {
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            leads.add(viaOne.expect(201, viaOne.postJson("/api/v1/leads", lead("locked-" + UUID.randomUUID())))
                    .get("id").asString());
        }
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        leads.forEach(lead -> accepted.put(lead, new AtomicInteger()));

        race(8, thread -> {
            ApiClient via = thread % 2 == 0 ? viaOne : viaTwo;
            for (int n = 0; n < 6; n++) {
                String lead = leads.get((thread + n) % leads.size());
                HttpResponse<String> answer = via.postJson("/api/v1/leads/" + lead + "/activities",
                        "{\"id\": \"t" + thread + "-" + n + "\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \""
                                + Instant.now().minus(Duration.ofHours(n + 1)) + "\"}");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                accepted.get(lead).addAndGet(json.readTree(answer.body()).get("accepted").size());
            }
            return null;
        });

        for (String lead : leads) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM activities WHERE lead_id = :lead")
                    .param("lead", UUID.fromString(lead)).query(Long.class).single())
                    .isEqualTo(accepted.get(lead).get()).isEqualTo(16);
            String current = viaTwo.ok(viaTwo.get("/api/v1/leads/" + lead)).get("current").get("id").asString();
            String input = jdbc.sql("SELECT input_snapshot FROM decisions WHERE id = :id")
                    .param("id", UUID.fromString(current)).query(String.class).single();
            assertThat(json.readTree(input).get("activities").size()).as("the current decision saw all").isEqualTo(16);
        }
        for (ApiClient via : List.of(viaOne, viaTwo)) {
            JsonNode verified = via.ok(via.get("/api/v1/audit/verification"));
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single()).isEqualTo(
                jdbc.sql("SELECT MAX(sequence_number) FROM audit_entries").query(Long.class).single());
        assertThat(jdbc.sql("SELECT subject_id FROM audit_entries WHERE action = 'DECISION_RECORDED'"
                + " GROUP BY subject_id HAVING COUNT(*) > 1").query(String.class).list())
                .as("no entry sealed twice").isEmpty();
    }

    private static Path dir(String name) throws Exception {
        return Files.createDirectories(shared.resolve(name));
    }

    private static String user(String prefix, String role) {
        return user(prefix, "pw-" + UUID.randomUUID(), role);
    }

    private static String user(String prefix, String password, String role) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(one.port(), name, password, role);
        return name;
    }

    private static String keyOf(String user, String role) {
        return viaOne.expect(201, viaOne.postJson("/api/v1/api-keys", "{\"user\": \"" + user + "\", \"roles\": [\""
                + role + "\"], \"label\": \"cluster\"}")).get("key").asString();
    }

    private static HttpResponse<String> asKey(ApiClient via, String key) {
        return via.send("/api/v1/audit/events?size=1", request -> request.setHeader("Authorization", "Bearer " + key)
                .GET());
    }

    private static HttpResponse<String> basic(ApiClient via, String name, String password) {
        String credentials = Base64.getEncoder().encodeToString((name + ":" + password).getBytes());
        return via.send("/api/v1/leads?size=1", request -> request.setHeader("Authorization", "Basic " + credentials)
                .GET());
    }

    private static String lead(String externalId) {
        return "{\"lead\": {\"externalId\": \"" + externalId + "\", \"email\": \"" + externalId
                + "@acme-soft.com\", \"company\": \"Acme Soft\", \"consent\": {\"dataProcessing\": true}}}";
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .map(found -> found.group(1)).findFirst().orElse("");
    }

    /** Polls until the condition holds or {@link #PROPAGATION} has passed; no sleep decides the outcome. */
    private static boolean eventually(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /** n tasks on n threads, released together. */
    private static <T> List<T> race(int n, ThrowingTask<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> call = () -> {
                    go.await();
                    return task.run(index);
                };
                results.add(threads.submit(call));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private interface ThrowingTask<T> {
        T run(int index) throws Exception;
    }
}
