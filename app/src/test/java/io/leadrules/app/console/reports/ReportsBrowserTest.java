package io.leadrules.app.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.console.Browser;
import io.leadrules.app.console.BrowserTest;
import io.leadrules.app.console.ConsoleSession;
import io.leadrules.app.ruleset.RuleVersionApi;
import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor backtests the live version over a dataset file chosen in the file input, reads the points it suggests,
 * and previews the impact of a draft made of them (uploaded through the API), in a real browser: each report arrives
 * by itself (htmx polls the running job) and every chart is drawn by Chart.js.
 */
@BrowserTest
class ReportsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anEditorBacktestsReadsTheSuggestedPointsAndPreviewsADraftWithEveryChartDrawn() throws IOException {
        String source = "RB" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        ApiClient api = new ApiClient(port);
        for (String[] lead : List.of(new String[] {"ana", "Marketing Director"}, new String[] {"liam", "Student"},
                new String[] {"olga", "Sales Manager"})) {
            ReportPages.store(api, lead[0], lead[1], source);
        }
        String name = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, name, "pw-" + name, "RULE_EDITOR");
        Path dataset = Files.createTempFile("reports-dataset", ".csv");
        Files.writeString(dataset, ReportPages.generated(new Random(5), 300));

        try (Browser browser = Browser.open(port, "en")) {
            browser.signIn(name, "pw-" + name);
            browser.go("/console/rules/1/backtest");
            browser.find("#dataset-file").sendKeys(dataset.toAbsolutePath().toString());
            browser.find("#dataset button[type=submit]").click();
            browser.waitFor(() -> !browser.all("#table-auc").isEmpty());
            assertEveryChartDrawn(browser, 3);
            String backtest = browser.url().substring(browser.url().lastIndexOf('/') + 1);
            browser.driver().executeScript("document.getElementById('lift').scrollIntoView()");
            browser.screenshot("reports-backtest");
            browser.find("#suggested-points").click();
            assertThat(browser.find("#table-suggested tr.changed").getText()).isNotBlank();
            browser.screenshot("reports-suggested");

            String draft = draftFromSuggestion(backtest);
            browser.go("/console/rules/" + draft + "/preview");
            browser.find("#sources").sendKeys(source.toLowerCase());
            browser.find("main form button[type=submit]").click();
            browser.waitFor(() -> !browser.all("#summary").isEmpty());
            assertEveryChartDrawn(browser, 5);
            assertThat(browser.find("#table-stage").getText()).contains("Before", "After");
            browser.screenshot("reports-preview");
            browser.driver().executeScript("document.getElementById('shift').scrollIntoView()");
            browser.screenshot("reports-preview-movers");
        } finally {
            delete(dataset);
        }
    }

    /** The suggested workbooks of the backtest, uploaded through the API as a draft based on version 1: its id. */
    private String draftFromSuggestion(String backtest) throws IOException {
        RuleVersionApi rules = new RuleVersionApi(port);
        byte[] zip = rules.get("/api/v1/backtests/" + backtest + "/suggested-points/workbooks").body();
        List<UploadFile> workbooks = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".drl.xlsx")) {
                    workbooks.add(new UploadFile(entry.getName(), in.readAllBytes()));
                }
            }
        }
        return rules.uploaded(Map.of("label", "Suggested points", "basedOn", "1"),
                workbooks.toArray(UploadFile[]::new)).get("id").asString();
    }

    /** Waits until each chart's canvas holds a Chart.js chart: console.js drew it from its data-chart attribute. */
    private static void assertEveryChartDrawn(Browser browser, int charts) {
        List<WebElement> canvases = browser.all("canvas[data-chart]");
        assertThat(canvases).hasSize(charts);
        browser.waitFor(() -> browser.all("canvas[data-chart]").stream().allMatch(canvas -> Boolean.TRUE.equals(
                browser.driver().executeScript("return Chart.getChart(arguments[0]) != null", canvas))));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
