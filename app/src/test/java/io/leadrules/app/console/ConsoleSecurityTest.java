package io.leadrules.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.TestCredentials;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's way in over real HTTP: form login, session, CSRF, roles per section, and the wall to the API. */
@FullServiceTest
class ConsoleSecurityTest {

    @LocalServerPort
    int port;

    @Test
    void theRootSendsAnonymousPeopleToTheLoginPageWhichIsOpen() {
        ConsoleSession anonymous = ConsoleSession.anonymous(port);
        assertThat(anonymous.get("/").statusCode()).isEqualTo(302);
        HttpResponse<String> console = anonymous.get("/console/leads");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> login = anonymous.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(login.body()).contains("<form", "name=\"_csrf\"", "autocomplete=\"current-password\"");
        assertThat(anonymous.get("/assets/console.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/chart.js/dist/chart.umd.min.js").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageSayingSo() {
        String name = "console-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, name, "right-password-123", "SALES");
        HttpResponse<String> refused = ConsoleSession.anonymous(port).signIn(name, "wrong-password");
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void aLoginWithoutTheFormsCsrfTokenSignsNobodyIn() {
        String name = "console-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, name, "right-password-123", "SALES");
        HttpResponse<String> forged = ConsoleSession.anonymous(port).postForm("/login",
                Map.of("username", name, "password", "right-password-123"));
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElseThrow()).as("refused, not signed in")
                .endsWith("/login");
    }

    @Test
    void eachRoleSeesOnlyItsSectionsAndIsRefusedTheOthers() {
        ConsoleSession sales = ConsoleSession.signedIn(port, "SALES");
        String home = sales.get("/console").body();
        assertThat(home).contains("href=\"/console/leads\"").doesNotContain("href=\"/console/rules\"",
                "href=\"/console/audit\"");
        assertThat(sales.get("/console/audit").statusCode()).isEqualTo(403);
        assertThat(sales.get("/console/rules").statusCode()).isEqualTo(403);

        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        assertThat(auditor.get("/console").body()).contains("href=\"/console/audit\"", "href=\"/console/rules\"")
                .doesNotContain("href=\"/console/leads\"");
        assertThat(auditor.get("/console/leads").statusCode()).isEqualTo(403);
    }

    @Test
    void aPagePathNoRoleDecisionNamesIsRefusedToEveryone() {
        ConsoleSession everything = ConsoleSession.signedIn(port, "RULE_EDITOR", "SALES", "AUDITOR", "ADMIN");
        assertThat(everything.get("/console/not-a-section").statusCode()).isEqualTo(403);
    }

    @Test
    void aConsoleSessionOpensNoApiEndpointAndAnApiKeyOpensNoPage() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        assertThat(editor.get("/api/v1/rulesets").statusCode()).isEqualTo(401);
        ConsoleSession stranger = ConsoleSession.anonymous(port);
        HttpResponse<String> withKey = stranger.send(stranger.request("/console/rules")
                .header("Authorization", TestCredentials.ADMIN_AUTHORIZATION).GET().build());
        assertThat(withKey.statusCode()).isEqualTo(302);
    }

    @Test
    void pagesLoadOnlyTheServicesOwnScriptsAndCannotBeFramed() {
        HttpResponse<String> page = ConsoleSession.signedIn(port, "SALES").get("/console");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void signingOutEndsTheSession() {
        ConsoleSession sales = ConsoleSession.signedIn(port, "SALES");
        HttpResponse<String> out = sales.submit("/console", "/logout", Map.of());
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(sales.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void disablingAUserOrChangingItsRolesEndsItsSessionsAtTheirNextPage() {
        String name = "console-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, name, "right-password-123", "SALES", "AUDITOR");
        ConsoleSession session = ConsoleSession.anonymous(port);
        session.signIn(name, "right-password-123");
        assertThat(session.get("/console").statusCode()).isEqualTo(200);
        ApiClient admin = new ApiClient(port);
        admin.ok(admin.patch("/api/v1/users/" + name, "{\"roles\": [\"SALES\"]}"));
        HttpResponse<String> after = session.get("/console");
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(session.get("/console").statusCode()).as("the session is gone").isEqualTo(302);

        ConsoleSession again = ConsoleSession.anonymous(port);
        again.signIn(name, "right-password-123");
        assertThat(again.get("/console").statusCode()).isEqualTo(200);
        admin.ok(admin.patch("/api/v1/users/" + name, "{\"enabled\": false}"));
        assertThat(again.get("/console").headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
    }

    @Test
    void theLoginPageSpeaksSpanishWhenAskedAndKeepsAChoiceMadeOnThePage() {
        ConsoleSession visitor = ConsoleSession.anonymous(port).inSpanish();
        assertThat(visitor.get("/login").body()).contains("Iniciar sesión", "lang=\"es\"");
        ConsoleSession chooser = ConsoleSession.anonymous(port);
        assertThat(chooser.get("/login?lang=es").body()).contains("Contraseña");
        assertThat(chooser.get("/login").body()).as("the choice is kept in a cookie").contains("Contraseña");
        assertThat(chooser.get("/login?lang=xx").body()).as("an unknown language is ignored").contains("Contraseña");
    }
}
