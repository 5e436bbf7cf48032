package io.leadrules.app.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.console.Browser;
import io.leadrules.app.console.BrowserTest;
import io.leadrules.app.console.ConsoleSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An auditor's journey in a real browser: a decision replayed, the log filtered, the chain verified. */
@BrowserTest
class AuditBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anAuditorReplaysADecisionFiltersTheLogAndVerifiesTheChain() {
        String decision = AuditLeads.create(port, AuditLeads.newExternalId(), "Browser Soft", "/pricing")
                .get("decision").get("id").asString();
        String name = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        ConsoleSession.createUser(port, name, password, "AUDITOR");
        try (Browser browser = Browser.open(port, "en")) {
            browser.signIn(name, password).go("/console/decisions/" + decision);
            browser.find(".replay-form button[type=submit]").click();
            assertThat(browser.find("#replay .replay-identical").getText()).startsWith("Identical");
            assertThat(browser.url()).as("swapped in by htmx, not a new page").endsWith("/console/decisions/"
                    + decision);
            browser.screenshot("audit-decision");

            browser.find("header nav a[href='/console/audit']").click();
            new Select(browser.find("#action")).selectByValue("DECISION_RECORDED");
            browser.find("#subject").sendKeys(decision);
            browser.find("form.filters button[type=submit]").click();
            assertThat(browser.find("table.log a.subject").getAttribute("href")).endsWith("/console/decisions/"
                    + decision);
            assertThat(browser.all("table.log tbody tr")).hasSize(1);
            browser.screenshot("audit-log");

            browser.find(".verify-form button[type=submit]").click();
            assertThat(browser.find(".verification-valid").getText()).contains("The chain is intact");
            browser.screenshot("audit-verification");
        }
    }
}
