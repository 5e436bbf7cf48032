package io.leadrules.app.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import io.leadrules.app.console.ConsoleSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A decision's page and its replay over real HTTP: who may open and replay it, and what it shows. */
@FullServiceTest
class DecisionPagesTest {

    @LocalServerPort
    int port;

    String decision;
    String lead;

    @BeforeEach
    void aLeadWithADecision() {
        JsonNode created = AuditLeads.create(port, AuditLeads.newExternalId(), "Acme Soft", "/pricing");
        decision = created.get("decision").get("id").asString();
        lead = created.get("id").asString();
    }

    @Test
    void anAuditorSeesWhatWasKnownWhatCameOutUnderWhichVersionAndWhoCausedIt() {
        HttpResponse<String> page = ConsoleSession.signedIn(port, "AUDITOR").get("/console/decisions/" + decision);
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode recorded = new ApiClient(port).ok(new ApiClient(port).get("/api/v1/decisions/" + decision));
        String actor = new ApiClient(port).ok(new ApiClient(port).get("/api/v1/audit/events?action=DECISION_RECORDED"
                + "&subject=" + decision)).get("items").get(0).get("actor").asString();
        assertThat(page.body()).contains(decision, lead, "Acme Soft", "DEMO_REQUESTED", "/pricing",
                "<span class=\"score\">" + recorded.get("score").asInt() + "</span>",
                recorded.get("stage").asString(), "href=\"/console/rules/1\"", "Version 1",
                "<dd class=\"caused-by\">" + actor + "</dd>", "FIT-ROLE-SENIOR",
                "href=\"/console/sources/1/ProfileFit.drl.xlsx?sheet=Fit&amp;cell=",
                "href=\"/console/sources/1/Flow.drl?line=", "href=\"/console/audit/decisions?lead=" + lead + "\"");
        assertThat(page.body()).contains("replay-form").doesNotContain("href=\"/console/leads/");
    }

    @Test
    void anAuditorsReplayOfAnUntouchedDecisionIsIdentical() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        String path = "/console/decisions/" + decision;
        HttpResponse<String> replayed = auditor.submit(path, path + "/replay", Map.of());
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("class=\"notice success replay-identical\"", "Identical", "<html")
                .doesNotContain("replay-different");
    }

    @Test
    void anHtmxReplayAnswersOnlyTheResultToSwapIn() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        String path = "/console/decisions/" + decision;
        String token = ConsoleSession.csrf(auditor.get(path).body());
        HttpResponse<String> fragment = auditor.send(auditor.request(path + "/replay").header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build());
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<div id=\"replay\"").contains("Identical").doesNotContain("<html");
    }

    @Test
    void theReplaySpeaksSpanish() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR").inSpanish();
        String path = "/console/decisions/" + decision;
        assertThat(auditor.get(path).body()).contains("Lo que se sabía", "Reproducir");
        assertThat(auditor.submit(path, path + "/replay", Map.of()).body()).contains("Idéntica");
    }

    @Test
    void salesMayOpenADecisionButNeitherReplayItNorReadTheLog() {
        ConsoleSession sales = ConsoleSession.signedIn(port, "SALES");
        String path = "/console/decisions/" + decision;
        HttpResponse<String> page = sales.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(decision, "href=\"/console/leads/" + lead + "\"")
                .doesNotContain("replay-form", "href=\"/console/rules/1\"", "href=\"/console/audit");
        assertThat(sales.submit(path, path + "/replay", Map.of()).statusCode()).isEqualTo(403);
        assertThat(sales.get("/console/audit").statusCode()).isEqualTo(403);
        assertThat(sales.get("/console/audit/decisions?lead=" + lead).statusCode()).isEqualTo(403);
    }

    @Test
    void aRuleEditorMayReplay() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        String path = "/console/decisions/" + decision;
        HttpResponse<String> replayed = editor.submit(path, path + "/replay", Map.of());
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("replay-identical");
        assertThat(editor.get("/console/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedReplayWithoutTheFormsCsrfTokenIsRefused() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        HttpResponse<String> forged = auditor.postForm("/console/decisions/" + decision + "/replay", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("replay-identical");
        HttpResponse<String> wrongToken = auditor.postForm("/console/decisions/" + decision + "/replay",
                Map.of("_csrf", "not-the-token"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownOrMalformedDecisionIsTheNotFoundProblemPage() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        for (String id : new String[] {"00000000-0000-0000-0000-000000000000", "not-an-id"}) {
            HttpResponse<String> missing = auditor.get("/console/decisions/" + id);
            assertThat(missing.statusCode()).as(id).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(missing.body()).contains("/problems/decision-not-found");
        }
    }

    @Test
    void aDecisionOfAnErasedLeadIsShownPseudonymisedAsTheApiShowsIt() {
        ApiClient api = new ApiClient(port);
        String email = api.ok(api.get("/api/v1/leads/" + lead)).get("email").asString();
        assertThat(api.send("/api/v1/leads/" + lead, request -> request.DELETE()).statusCode()).isEqualTo(204);
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        String page = auditor.get("/console/decisions/" + decision).body();
        assertThat(page).contains("This lead was erased", decision).doesNotContain(email, "Garcia");
        String apiEmail = api.ok(api.get("/api/v1/decisions/" + decision)).toString();
        assertThat(apiEmail).doesNotContain(email);
        assertThat(auditor.get("/console/audit/decisions?lead=" + lead).body())
                .contains("This lead was erased", "href=\"/console/decisions/" + decision + "\"");
    }

    @Test
    void valuesHoldingHtmlAreShownAsTextNeverAsMarkup() {
        String attack = "<script>alert(1)</script><b onmouseover=x>Evil</b>";
        JsonNode created = AuditLeads.create(port, AuditLeads.newExternalId(), attack.replace("\"", "\\\""),
                "<img src=x onerror=alert(2)>");
        String page = ConsoleSession.signedIn(port, "AUDITOR")
                .get("/console/decisions/" + created.get("decision").get("id").asString()).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>alert", "<img src=x", "<b onmouseover");
    }
}
