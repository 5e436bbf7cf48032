package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * No personal data in the logs at any level: a whole journey (score, create, merge, patch, activities, reads,
 * decisions, replay, score as of, rescoring, erasure, and client mistakes on the way) runs with every logger at TRACE,
 * every line is captured, and none holds the lead's email, phone, names, custom attribute values or activity
 * details. The values are canaries that appear nowhere else.
 */
@FullServiceTest
class PersonalDataStaysOutOfLogsTest {

    private static final String SUFFIX = suffix();
    private static final String FIRST_NAME = "Wilhelmina" + suffix();
    private static final String LAST_NAME = "Quarternight" + suffix();
    private static final String EMAIL = "canary." + suffix() + "@example.org";
    private static final String PHONE = "+34 611 " + (100 + (int) (Math.random() * 800)) + " 907";
    private static final String ATTRIBUTE = "zebra-canary-" + suffix();
    private static final String DETAIL = "/pricing/canary-" + suffix();
    private static final String PASSWORD = "canary-password-" + suffix();
    private static final List<String> CANARIES = List.of(FIRST_NAME, LAST_NAME, EMAIL, PHONE, ATTRIBUTE, DETAIL,
            PHONE.replace(" ", ""), EMAIL.toUpperCase(), PASSWORD, TestCredentials.ADMIN_KEY,
            Base64.getEncoder().encodeToString(("sales-" + SUFFIX + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

    @LocalServerPort
    int port;

    private CapturedLog captured;
    private ApiClient api;

    @BeforeEach
    void everyLoggerAtTrace() {
        api = new ApiClient(port);
        captured = CapturedLog.attach();
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE);
    }

    @AfterEach
    void loggersBack() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        captured.close();
    }

    @Test
    void aWholeJourneyAtTraceLogsNoPersonalData() {
        api.ok(api.postJson("/api/v1/scores", "{\"lead\": " + lead("") + ", \"activities\": [" + visit("s1") + "]}"));
        api.problem(api.postJson("/api/v1/scores", "{\"lead\": " + lead(", \"companySize\": -1") + "}"), 400,
                "/problems/invalid-lead");
        String id = api.expect(201, api.postJson("/api/v1/leads", "{\"lead\": " + lead("") + "}")).get("id").asString();
        api.ok(api.postJson("/api/v1/leads", "{\"lead\": " + lead(", \"jobTitle\": \"CTO\"") + "}"));
        api.ok(api.patch("/api/v1/leads/" + id, "{\"phone\": \"" + PHONE + "\", \"attributes\": {\"nickname\": \""
                + ATTRIBUTE + "\"}}"));
        api.ok(api.postJson("/api/v1/leads/" + id + "/activities", "[" + visit("a1") + "]"));
        api.problem(api.postJson("/api/v1/leads/" + id + "/activities", "[" + visit("a1").replace("PAGE_VIEW",
                "EMAIL_OPEN") + "]"), 409, "/problems/activity-conflict");
        readEverything(id);
        signInWithAPassword();
        rescoreEveryone();
        assertThat(api.delete("/api/v1/leads/" + id).statusCode()).isEqualTo(204);

        captured.close();
        List<ILoggingEvent> lines = captured.lines();
        assertThat(lines).as("log lines captured").hasSizeGreaterThan(100);
        List<String> leaks = lines.stream().filter(event -> CANARIES.stream().anyMatch(CapturedLog.text(event)::contains))
                .map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + abbreviated(CapturedLog.text(event)))
                .distinct().toList();
        assertThat(leaks).as("log lines holding personal data").isEmpty();
    }

    private void readEverything(String id) {
        api.ok(api.get("/api/v1/leads/" + id));
        api.ok(api.get("/api/v1/leads/" + id + "/activities"));
        api.ok(api.get("/api/v1/leads?stage=LEAD"));
        JsonNode decisions = api.ok(api.get("/api/v1/leads/" + id + "/decisions"));
        String decision = decisions.get("items").get(0).get("id").asString();
        api.ok(api.get("/api/v1/decisions/" + decision));
        api.ok(api.post("/api/v1/decisions/" + decision + "/replay"));
        api.ok(api.get("/api/v1/leads/" + id + "/score?asOf=" + ScoringJourneyTest.NOW));
    }

    private void signInWithAPassword() {
        String name = "sales-" + SUFFIX;
        api.expect(201, api.postJson("/api/v1/users", "{\"name\": \"" + name + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"SALES\"]}"));
        assertThat(api.getAs("/api/v1/leads?size=1", basic(name, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(api.getAs("/api/v1/leads?size=1", basic(name, PASSWORD + "x")).statusCode()).isEqualTo(401);
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void rescoreEveryone() {
        String job = api.expect(202, api.post("/api/v1/rescoring-jobs")).get("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!List.of("DONE", "FAILED").contains(api.ok(api.get("/api/v1/rescoring-jobs/" + job)).get("state")
                .asString())) {
            assertThat(Instant.now()).as("rescoring job %s still running", job).isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static String lead(String more) {
        return "{\"firstName\": \"" + FIRST_NAME + "\", \"lastName\": \"" + LAST_NAME + "\", \"email\": \"" + EMAIL
                + "\", \"phone\": \"" + PHONE + "\", \"company\": \"Canary Works\", \"attributes\": {\"nickname\": \""
                + ATTRIBUTE + "\"}, \"consent\": {\"dataProcessing\": true, "
                + "\"profilingObjection\": false, \"policyVersion\": \"2026-01\"}" + more + "}";
    }

    private static String visit(String id) {
        return "{\"id\": \"" + id + "\", \"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-20T10:00:00Z\", "
                + "\"detail\": \"" + DETAIL + "\", \"properties\": {\"referrer\": \"" + ATTRIBUTE + "\"}}";
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
