package io.leadrules.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.TestCredentials;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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
}
