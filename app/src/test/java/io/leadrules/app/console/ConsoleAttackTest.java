package io.leadrules.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.TestCredentials;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attacks on the console that once worked: each test is the attack, as a careless user or someone after what their
 * roles do not open would send it.
 */
@FullServiceTest
class ConsoleAttackTest {

    /** The default rule set's scenario file: example leads, names, emails and phones. */
    private static final String SCENARIOS = "/console/sources/1/DefaultScenarios.scenarios.csv";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void salesFollowsAPointToItsRuleFileButCannotReadTheScenarioFilesTheApiRefusesIt() {
        ConsoleSession sales = ConsoleSession.signedIn(port, "SALES");
        assertThat(sales.get("/console/sources/1/LeadScore.drl?line=12").statusCode()).isEqualTo(200);
        HttpResponse<String> scenarios = sales.get(SCENARIOS);
        assertThat(scenarios.statusCode()).isEqualTo(403);
        assertThat(scenarios.body()).doesNotContain("ana@acme-soft.com");
        assertThat(ConsoleSession.signedIn(port, "SCORER").get(SCENARIOS).statusCode()).isEqualTo(403);

        assertThat(ConsoleSession.signedIn(port, "AUDITOR").get(SCENARIOS).body()).contains("ana@acme-soft.com");
        assertThat(ConsoleSession.signedIn(port, "RULE_EDITOR").get(SCENARIOS).statusCode()).isEqualTo(200);
    }

    @Test
    void aProblemPageIsHeadedByTheProblemsTitleNotByTemplateSource() {
        HttpResponse<String> missing = ConsoleSession.signedIn(port, "RULE_EDITOR").get("/console/rules/no-such");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<title>No such rule version</title>", "<h1>No such rule version</h1>")
                .doesNotContain("th:text", "${title}");
    }

    @Test
    void theLoginPageSaysOnlyANumberOfSecondsWhateverTheAddressHolds() {
        ConsoleSession visitor = ConsoleSession.anonymous(port);
        assertThat(visitor.get("/login?locked=900").body()).contains("try again in 900 seconds");
        String spoofed = visitor.get("/login?locked=ever.+Call+support+on+555-0100+to+unlock+your+account+in+5")
                .body();
        assertThat(spoofed).doesNotContain("555-0100");
        assertThat(spoofed).contains("<form");
    }

    @Test
    void anAcceptLanguageNamingMoreThanTenLanguagesIsReadAsTheServiceReadsItNotA500() {
        String many = "fr, de, it, pt, nl, sv, da, fi, pl, cs, es";
        ConsoleSession visitor = ConsoleSession.anonymous(port);
        HttpResponse<String> login = visitor.send(visitor.request("/login").setHeader("Accept-Language", many)
                .GET().build());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("Spanish, the one language of the list the service speaks")
                .contains("lang=\"es\"", "Iniciar sesión");
        HttpResponse<String> api = visitor.send(visitor.request("/api/v1/rulesets").setHeader("Accept", "*/*")
                .setHeader("Accept-Language", many).header("Authorization", TestCredentials.ADMIN_AUTHORIZATION)
                .GET().build());
        assertThat(api.statusCode()).isEqualTo(200);
    }

    @Test
    void aPreviewFormWithIndexedOrNestedFieldNamesIsAProblemPageNotA500() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        for (String name : new String[] {"stages[300]", "stages[x]", "stages.name"}) {
            HttpResponse<String> refused = editor.submit("/console/rules/1/preview", "/console/rules/1/preview",
                    Map.of(name, "SQL", "createdFrom", "not-a-day"));
            assertThat(refused.statusCode()).as(name).isEqualTo(400);
            assertThat(refused.body()).as(name).contains("createdFrom");
        }
    }

    @Test
    void aBacktestDatasetFormWithoutItsFileIsAProblemPageNotA500() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        String token = ConsoleSession.csrf(editor.get("/console/rules/1/backtest").body());
        String body = "--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"cutoffDays\"\r\n\r\n30\r\n--b--\r\n";
        HttpResponse<String> refused = editor.send(editor.request("/console/rules/1/backtest/dataset")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }
    @Test
    void aForgedLanguageCookieOrChoiceCarryingMarkupNeitherReachesThePageNorTheApiAnswer() {
        String markup = "es\"><script>alert(1)</script>";
        ConsoleSession visitor = ConsoleSession.anonymous(port);
        HttpResponse<String> page = visitor.send(visitor.request("/login").header("Cookie", "lang=" + markup.replace(
                "\"", "%22")).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"").doesNotContain("<script>alert");
        HttpResponse<String> chosen = visitor.get("/login?lang=" + java.net.URLEncoder.encode(markup,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(chosen.body()).doesNotContain("<script>alert").doesNotContain("alert(1)");
        assertThat(chosen.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("script"));
        HttpResponse<String> api = visitor.send(visitor.request("/api/v1/leads/not-a-lead").setHeader("Accept",
                "application/problem+json").header("Cookie", "lang=" + markup.replace("\"", "%22"))
                .header("Authorization", TestCredentials.ADMIN_AUTHORIZATION).GET().build());
        assertThat(api.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(api.body()).doesNotContain("script");
    }

    /**
     * Console sessions live in the shared database (spring-session-jdbc), their attributes as Java-serialized bytes.
     * Someone who can write a row there (a leaked database password, another application on the same database) and
     * holds a session cookie must not get the service to run a class's {@code readObject} of their choosing, the
     * first step of every deserialization gadget chain: only the types a session holds are read, anything else reads
     * as no attribute (signed out), and a session of permitted types still works.
     */
    @Test
    void aSessionAttributeForgedInTheDatabaseIsNotDeserialized() throws IOException {
        String name = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, name, "right-password-123", "SALES");
        ConsoleSession victim = ConsoleSession.anonymous(port);
        victim.signIn(name, "right-password-123");
        assertThat(victim.get("/console").statusCode()).as("the allow-list reads a real session").isEqualTo(200);

        Gadget.read = false;
        int forged = jdbc.sql("UPDATE spring_session_attributes SET attribute_bytes = :bytes WHERE attribute_name ="
                        + " 'SPRING_SECURITY_CONTEXT' AND session_primary_id IN (SELECT primary_id FROM spring_session"
                        + " WHERE principal_name = :name)").param("bytes", serialized(new Gadget()))
                .param("name", name).update();
        assertThat(forged).isEqualTo(1);

        HttpResponse<String> after = victim.get("/console");

        assertThat(Gadget.read).as("the forged object's readObject ran").isFalse();
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private static byte[] serialized(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    /** Stands for a gadget: any serializable class on the class path whose readObject does something. */
    static final class Gadget implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        static volatile boolean read;

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            read = true;
        }
    }
}
