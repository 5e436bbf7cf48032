package io.leadrules.app.console.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.console.Browser;
import io.leadrules.app.console.BrowserTest;
import io.leadrules.app.console.ConsoleSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A salesperson's way through the queue to a lead and the rule behind one of its points, in a real browser. */
@BrowserTest
class LeadsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aSalespersonFiltersToHotLeadsSortsByScoreOpensOneAndSeesItsChartAndExplanation() {
        String tag = ConsoleLeads.tag();
        ConsoleLeads leads = new ConsoleLeads(port);
        String hot = leads.create(tag + "-1", "Hilda", "Hot Co", "Analyst", 20, "500000", ConsoleLeads.SALES_READY);
        leads.patch(hot, "{\"jobTitle\": \"Marketing Director\", \"companySize\": 250}");
        leads.patch(hot, "{\"jobTitle\": \"CEO\", \"companySize\": 1500, \"annualRevenue\": 60000000, "
                + "\"attributes\": {\"leadOrigin\": \"Trade fair\"}}");
        leads.hot(tag + "-2", "Hector", "Heat Ltd");
        leads.cold(tag + "-3", "Carl", "Cold Co");
        String name = "sales-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, name, "pw-" + name, "SALES");

        try (Browser browser = Browser.open(port, "en")) {
            browser.signIn(name, "pw-" + name).go("/console/leads");
            browser.find("#q").sendKeys(tag);
            new Select(browser.find("#temperature")).selectByValue("HOT");
            browser.find("form.filters button[type=submit]").click();
            browser.waitFor(() -> browser.all("#queue tbody tr").size() == 2);
            browser.find("th a.sort[href*='sort=-score']").click();
            browser.waitFor(() -> browser.url().contains("sort=-score"));

            assertThat(browser.find("th[aria-sort]").getAttribute("aria-sort")).isEqualTo("descending");
            assertThat(browser.all("#queue tbody tr")).hasSize(2)
                    .allSatisfy(row -> assertThat(row.getText()).contains("Hot"));
            browser.screenshot("leads-queue");

            browser.find("a.lead-link[href='/console/leads/" + hot + "']").click();
            browser.find("canvas#score-chart[data-drawn='yes']");
            WebElement firstFitLine = browser.find(".group-fit a.source");

            assertThat(browser.find("h1.lead-name").getText()).isEqualTo("Hilda Garcia");
            assertThat(browser.all(".explanation .group")).hasSize(3);
            assertThat(browser.find(".group-qualification").getText()).contains("STAGE-SQL");
            assertThat(firstFitLine.getAttribute("href")).matches(
                    "http://localhost:\\d+/console/sources/1/ProfileFit\\.drl\\.xlsx\\?sheet=\\w+&cell=[A-Z]+(\\d+)"
                            + "#row-\\1");
            browser.screenshot("leads-lead");
            browser.driver().executeScript("document.querySelector('.explanation').scrollIntoView()");
            browser.screenshot("leads-lead-explanation");
        }
    }
}
