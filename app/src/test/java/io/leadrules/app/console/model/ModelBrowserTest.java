package io.leadrules.app.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.console.Browser;
import io.leadrules.app.console.BrowserTest;
import io.leadrules.app.console.ConsoleSession;
import io.leadrules.app.ruleset.EditedWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Marketing ops' journey in a real browser: a broken workbook is refused with the error on its cell, a good change
 * becomes a draft, its diff highlights the changed cell, its scenario results are accepted, activation is requested,
 * and a second rule editor reads the approval page and makes it live. The version live before is rolled back to at
 * the end, so the shared context's rules are as they were.
 */
@BrowserTest
class ModelBrowserTest {

    private static final String PROFILE_FIT = VersionPagesTest.PROFILE_FIT;
    private static final String PASSWORD = "model-browser-password";

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    @Test
    void aChangeGoesFromARefusedUploadToLiveWithASecondEditorsApproval() throws IOException {
        String author = editor();
        String approver = editor();
        try (Browser browser = Browser.open(port, "en")) {
            browser.signIn(author, PASSWORD).go("/console/rules");
            String live = browser.find("table.versions tr:has(.badge.ACTIVE) td a").getText().strip();
            browser.screenshot("model-versions");

            upload(browser, EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", "ten"));
            assertThat(browser.find("td.error").getText()).contains("ten", "is not a number");
            assertThat(browser.find("ol.errors a").getAttribute("href")).contains("#w0-s");
            browser.find("ol.errors a").click();
            browser.screenshot("model-upload-error");

            upload(browser, EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", 75));
            assertThat(browser.find("h1 .badge.DRAFT").getText()).isEqualTo("Draft");
            String draft = idIn(browser.url());
            browser.screenshot("model-version");

            browser.go("/console/rules/" + draft + "/diff?against=" + live);
            assertThat(browser.find("td.changed").getText()).contains("75");
            scrollTo(browser, "td.changed");
            browser.screenshot("model-diff");

            browser.go("/console/rules/" + draft + "/scenarios");
            browser.find("a[href$='/scenarios/accept']").click();
            browser.find("form[action$='/scenarios/accept'] button.primary").click();
            browser.waitFor(() -> !browser.url().endsWith("/accept"));
            String accepted = idIn(browser.url());
            assertThat(accepted).isNotEqualTo(draft);
            browser.find("form[action$='/activation-request'] button").click();
            String approvalPage = "/console/rules/" + accepted + "/approval";
            browser.waitFor(() -> browser.url().endsWith(approvalPage) || noticeSays(browser, approvalPage));
            browser.signOut();

            browser.signIn(approver, PASSWORD).go("/console/rules/" + accepted + "/approval");
            assertThat(browser.find("td.changed").getText()).contains("75");
            browser.screenshot("model-approval");
            browser.find("form[action$='/activation'] button.primary").click();
            assertThat(browser.find("h1 .badge.ACTIVE").getText()).isEqualTo("Live");

            browser.go("/console/rules/" + live);
            browser.find("form[action$='/rollback'] button").click();
            assertThat(browser.find("h1 .badge.ACTIVE").getText()).isEqualTo("Live");
        }
    }

    private String editor() {
        String name = "model-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, name, PASSWORD, "RULE_EDITOR");
        return name;
    }

    /** Chooses the workbook in the upload form's file input (what a drop does) and sends the form. */
    private void upload(Browser browser, EditedWorkbook workbook) throws IOException {
        Path folder = Files.createTempDirectory(files, "upload");
        Path file = Files.write(folder.resolve(PROFILE_FIT), workbook.bytes());
        browser.go("/console/rules");
        browser.find("#files").sendKeys(file.toAbsolutePath().toString());
        browser.find("#label").sendKeys("Browser journey");
        browser.find("form.upload button[type=submit]").click();
        browser.waitFor(() -> !browser.url().endsWith("/console/rules") || !browser.all("td.error").isEmpty());
    }

    /** Whether the page's notice names the text (with four eyes on, the request gives the approval page's address). */
    private static boolean noticeSays(Browser browser, String text) {
        try {
            return browser.all("p.notice.success").stream().anyMatch(notice -> notice.getText().contains(text));
        } catch (StaleElementReferenceException navigatedMeanwhile) {
            return false;
        }
    }

    private static void scrollTo(Browser browser, String css) {
        new Actions(browser.driver()).scrollToElement(browser.find(css)).perform();
    }

    private static String idIn(String url) {
        return url.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
    }
}
