package io.leadrules.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.TestCredentials;
import io.leadrules.app.console.reports.ReportPages;
import io.leadrules.app.ruleset.EditedWorkbook;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole story of a change, in a real browser, in English and in Spanish: a rule editor's broken workbook is
 * refused with the error on its cell; the corrected one is previewed and backtested; its scenario results are
 * accepted; a second editor approves it; a salesperson sees a lead's score change and follows an explanation line to
 * its highlighted spreadsheet row; an auditor replays the decision and verifies the chain. Every page in the journey
 * is in the browser's language, down to the explanation's reasons. The version live before is rolled back to at the
 * end, so the shared context's rules are as they were.
 */
@BrowserTest
class JourneyBrowserTest {

    private static final String PROFILE_FIT = "ProfileFit.drl.xlsx";
    private static final String PASSWORD = "journey-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    @ParameterizedTest
    @ValueSource(strings = {"es", "en"})
    void aChangeFromARefusedWorkbookToALeadsNewScoreAndAnAuditorsReplay(String language) throws IOException {
        String author = person("RULE_EDITOR");
        String approver = person("RULE_EDITOR");
        String seller = person("SALES");
        String auditor = person("AUDITOR");
        String lead = storedLead();
        try (Browser browser = Browser.open(port, language)) {
            browser.signIn(author, PASSWORD).go("/console/rules");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
            String live = browser.find("table.versions tr:has(.badge.ACTIVE) td a").getText().strip();

            upload(browser, EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", "ten"));
            assertThat(browser.find("td.error").getText()).contains("ten");
            browser.screenshot("journey-upload-error-" + language);
            int match = language.equals("es") ? 70 : 65;
            upload(browser, EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", match));
            String draft = idIn(browser.url());
            previewAndBacktest(browser, draft);
            String accepted = acceptScenariosAndRequestActivation(browser, draft);
            browser.signOut();

            browser.signIn(approver, PASSWORD).go("/console/rules/" + accepted + "/approval");
            assertThat(browser.find("td.changed").getText()).contains(Integer.toString(match));
            browser.find("form[action$='/activation'] button.primary").click();
            browser.find("h1 .badge.ACTIVE");
            browser.signOut();

            String decision = followTheLeadsNewScoreToItsRow(browser.signIn(seller, PASSWORD), lead, accepted,
                    language);
            browser.signOut();

            browser.signIn(auditor, PASSWORD).go("/console/decisions/" + decision);
            browser.find(".replay-form button[type=submit]").click();
            assertThat(browser.find("#replay .replay-identical").getText()).isNotBlank();
            browser.go("/console/audit");
            browser.find(".verify-form button[type=submit]").click();
            assertThat(browser.find(".verification-valid").getText()).isNotBlank();
            browser.screenshot("journey-verification-" + language);
            browser.signOut();

            browser.signIn(approver, PASSWORD).go("/console/rules/" + live);
            browser.find("form[action$='/rollback'] button").click();
            browser.find("h1 .badge.ACTIVE");
        }
    }

    private void previewAndBacktest(Browser browser, String draft) throws IOException {
        browser.go("/console/rules/" + draft + "/preview");
        browser.find("main form button[type=submit]").click();
        browser.waitFor(() -> !browser.all("#summary").isEmpty());
        chartsDrawn(browser);
        Path dataset = Files.writeString(files.resolve("dataset-" + UUID.randomUUID() + ".csv"),
                ReportPages.generated(new Random(7), 200));
        browser.go("/console/rules/" + draft + "/backtest");
        browser.find("#dataset-file").sendKeys(dataset.toAbsolutePath().toString());
        browser.find("#dataset button[type=submit]").click();
        browser.waitFor(() -> !browser.all("#table-auc").isEmpty());
        chartsDrawn(browser);
    }

    private String acceptScenariosAndRequestActivation(Browser browser, String draft) {
        browser.go("/console/rules/" + draft + "/scenarios");
        browser.find("a[href$='/scenarios/accept']").click();
        browser.find("form[action$='/scenarios/accept'] button.primary").click();
        browser.waitFor(() -> !browser.url().endsWith("/accept"));
        String accepted = idIn(browser.url());
        browser.find("form[action$='/activation-request'] button").click();
        browser.waitFor(() -> !browser.url().endsWith("/console/rules/" + accepted + "/activation-request"));
        return accepted;
    }

    /**
     * The lead's page before and after a new activity scored under the approved version: its score changes, the
     * first fit line's reason is the decision's in the page's language, and its link opens the row, highlighted.
     */
    private String followTheLeadsNewScoreToItsRow(Browser browser, String lead, String version, String language) {
        browser.go("/console/leads/" + lead);
        String before = browser.find("span.score").getText();
        postActivity(lead);
        browser.go("/console/leads/" + lead);
        assertThat(browser.find("span.score").getText()).isNotEqualTo(before);
        String decision = browser.find("a.decision-link").getAttribute("href").replaceAll("^.*/", "");
        WebElement line = browser.find(".explanation .group-fit li:has(a.source)");
        String ruleId = line.findElement(org.openqa.selenium.By.cssSelector("a.source")).getText().strip();
        assertThat(line.findElement(org.openqa.selenium.By.cssSelector(".reason")).getText())
                .isEqualTo(reason(decision, ruleId, language));
        browser.screenshot("journey-lead-" + language);
        String link = line.findElement(org.openqa.selenium.By.cssSelector("a.source")).getAttribute("href");
        assertThat(link).contains("/console/sources/" + version + "/");
        browser.driver().get(link);
        assertThat(browser.find("#highlight").getText()).contains(ruleId);
        browser.screenshot("journey-row-" + language);
        return decision;
    }

    /** The reason of the rule as the API gives the decision in that language (the shipped tables carry Spanish). */
    private String reason(String decision, String ruleId, String language) {
        HttpResponse<String> answer = send(TestCredentials.request(URI.create("http://localhost:" + port
                + "/api/v1/decisions/" + decision)).header("Accept-Language", language).GET().build());
        JsonNode fired = JSON.readTree(answer.body()).findValue("firedRules");
        for (JsonNode rule : fired) {
            if (rule.get("ruleId").asString().equals(ruleId)) {
                return rule.get("reason").asString();
            }
        }
        throw new AssertionError(ruleId + " did not fire in " + answer.body());
    }

    private String storedLead() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"lead": {"externalId": "journey-%1$s", "firstName": "Lucía", "lastName": "Journey",
                          "email": "journey-%1$s@acme-soft.com", "company": "Acme Soft", "jobTitle": "Marketing Director",
                          "industry": "SOFTWARE", "companySize": 250, "country": "ES", "source": "ORGANIC_SEARCH",
                          "consent": {"dataProcessing": true}},
                 "activities": [{"id": "j1", "type": "EMAIL_OPEN", "occurredAt": "2026-11-20T10:00:00Z"}]}"""
                .formatted(tag);
        ApiClient api = new ApiClient(port);
        return api.expect(201, api.postJson("/api/v1/leads", body)).get("id").asString();
    }

    private void postActivity(String lead) {
        ApiClient api = new ApiClient(port);
        api.ok(api.postJson("/api/v1/leads/" + lead + "/activities", "[{\"id\": \"j2\", \"type\": "
                + "\"DEMO_REQUESTED\", \"occurredAt\": \"2026-11-21T10:00:00Z\"}]"));
    }

    private String person(String role) {
        String name = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, name, PASSWORD, role);
        return name;
    }

    private void upload(Browser browser, EditedWorkbook workbook) throws IOException {
        Path folder = Files.createTempDirectory(files, "upload");
        Path file = Files.write(folder.resolve(PROFILE_FIT), workbook.bytes());
        browser.go("/console/rules");
        browser.find("#files").sendKeys(file.toAbsolutePath().toString());
        browser.find("#label").sendKeys("Journey");
        browser.find("form.upload button[type=submit]").click();
        browser.waitFor(() -> !browser.url().endsWith("/console/rules") || !browser.all("td.error").isEmpty());
    }

    private static void chartsDrawn(Browser browser) {
        List<WebElement> canvases = browser.all("canvas[data-chart]");
        assertThat(canvases).isNotEmpty();
        browser.waitFor(() -> browser.all("canvas[data-chart]").stream().allMatch(canvas -> Boolean.TRUE.equals(
                browser.driver().executeScript("return Chart.getChart(arguments[0]) != null", canvas))));
    }

    private static HttpResponse<String> send(java.net.http.HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String idIn(String url) {
        return url.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
    }
}
